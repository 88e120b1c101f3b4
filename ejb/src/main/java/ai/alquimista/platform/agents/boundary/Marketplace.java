package ai.alquimista.platform.agents.boundary;

import ai.alquimista.platform.agents.entity.ActivationStatus;
import ai.alquimista.platform.agents.entity.Agent;
import ai.alquimista.platform.agents.entity.AgentActivation;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The agent marketplace: the catalog, and the caller's tenant's activations. */
@Stateless
public class Marketplace {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AgentModules modules;

    @Inject
    Clock clock;

    public List<AgentView> catalog(Caller caller) {
        Set<String> active = activeAgentIds(caller);
        return em.createQuery("SELECT a FROM Agent a ORDER BY a.priceBrl, a.id", Agent.class).getResultList().stream()
                .map(agent -> AgentView.of(agent, active.contains(agent.getId())))
                .toList();
    }

    public AgentView agent(Caller caller, String agentId) {
        Agent agent = find(agentId);
        return AgentView.of(
                agent,
                activation(caller, agentId).filter(AgentActivation::isActive).isPresent());
    }

    /** Idempotent: activating an active agent changes nothing but its settings, if given. */
    public ActivationView activate(Caller caller, String agentId, Optional<JsonObject> settings) {
        Agent agent = find(agentId);
        settings.ifPresent(s -> modules.checkSettings(agentId, s));
        AgentActivation activation = activation(caller, agentId).orElse(null);
        if (activation == null) {
            activation = new AgentActivation(caller.tenantId(), agentId, settings.orElse(JsonValue.EMPTY_JSON_OBJECT));
            em.persist(activation);
            audit.record(caller, "agent.activate", "agent", agentId, activation.getSettings());
        } else if (!activation.isActive()) {
            activation.reactivate(clock.instant());
            settings.ifPresent(activation::setSettings);
            audit.record(caller, "agent.activate", "agent", agentId, activation.getSettings());
        } else if (settings.isPresent() && !settings.get().equals(activation.getSettings())) {
            activation.setSettings(settings.get());
            audit.record(caller, "agent.settings", "agent", agentId, settings.get());
        }
        settings.ifPresent(s -> modules.settingsSaved(agentId, caller.tenantId(), s));
        return ActivationView.of(activation, agent);
    }

    public ActivationView deactivate(Caller caller, String agentId) {
        Agent agent = find(agentId);
        AgentActivation activation =
                activation(caller, agentId).orElseThrow(() -> new NotFound("agent '" + agentId + "' is not activated"));
        if (activation.isActive()) {
            activation.deactivate(clock.instant());
            audit.record(caller, "agent.deactivate", "agent", agentId);
        }
        return ActivationView.of(activation, agent);
    }

    public List<ActivationView> activations(Caller caller) {
        return em
                .createQuery(
                        "SELECT x, a FROM AgentActivation x, Agent a WHERE a.id = x.agentId"
                                + " AND x.tenantId = :tenant AND x.status = :status ORDER BY x.activatedAt",
                        Object[].class)
                .setParameter("tenant", caller.tenantId().toString())
                .setParameter("status", ActivationStatus.ativo)
                .getResultList()
                .stream()
                .map(row -> ActivationView.of((AgentActivation) row[0], (Agent) row[1]))
                .toList();
    }

    private Set<String> activeAgentIds(Caller caller) {
        return Set.copyOf(em.createQuery(
                        "SELECT x.agentId FROM AgentActivation x"
                                + " WHERE x.tenantId = :tenant AND x.status = :status",
                        String.class)
                .setParameter("tenant", caller.tenantId().toString())
                .setParameter("status", ActivationStatus.ativo)
                .getResultList());
    }

    private Optional<AgentActivation> activation(Caller caller, String agentId) {
        return em.createQuery(
                        "SELECT x FROM AgentActivation x WHERE x.tenantId = :tenant AND x.agentId = :agent",
                        AgentActivation.class)
                .setParameter("tenant", caller.tenantId().toString())
                .setParameter("agent", agentId)
                .getResultStream()
                .findFirst();
    }

    private Agent find(String agentId) {
        Agent agent = agentId == null ? null : em.find(Agent.class, agentId);
        if (agent == null) {
            throw new NotFound("no agent '" + agentId + "' in the marketplace");
        }
        return agent;
    }
}
