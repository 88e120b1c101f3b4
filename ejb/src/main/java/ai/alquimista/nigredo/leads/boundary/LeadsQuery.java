package ai.alquimista.nigredo.leads.boundary;

import ai.alquimista.fibonacci.traces.boundary.TraceQuery;
import ai.alquimista.fibonacci.traces.boundary.TraceView;
import ai.alquimista.nigredo.leads.entity.Lead;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.paging.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's leads (personal data: every read is audited); the funnel is Relatórios' read model. */
@Stateless
public class LeadsQuery {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    TraceQuery traces;

    /**
     * The lead's path through the agents ({@link TraceQuery#forLead}), for its tenant's users only: empty for another
     * tenant's lead or an unknown one. Audited {@code lead.path.read}.
     */
    public Optional<TraceView> path(Caller caller, UUID leadId) {
        Lead lead = em.find(Lead.class, leadId);
        if (lead == null || !lead.getTenantId().equals(caller.tenantId())) {
            return Optional.empty();
        }
        audit.record(caller, "lead.path.read", "lead", leadId.toString());
        return traces.forLead(caller.tenantId(), leadId, lead.getImportId()).or(() -> Optional.of(TraceView.none()));
    }

    public Page<LeadView> page(Caller caller, int page, int size) {
        long total = em.createQuery("SELECT COUNT(l) FROM Lead l WHERE l.tenantId = :tenant", Long.class)
                .setParameter("tenant", caller.tenantId().toString())
                .getSingleResult();
        List<LeadView> items = em
                .createQuery(
                        "SELECT l FROM Lead l WHERE l.tenantId = :tenant ORDER BY l.createdAt DESC, l.id", Lead.class)
                .setParameter("tenant", caller.tenantId().toString())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(LeadView::of)
                .toList();
        audit.record(
                caller,
                "lead.list",
                "lead",
                null,
                Json.createObjectBuilder().add("page", page).add("size", size).build());
        return new Page<>(items, page, size, total);
    }
}
