package ai.alquimista.platform.agents.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.platform.agents.entity.ActivationStatus;
import ai.alquimista.platform.tenants.entity.TenantStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** The pipeline acts for a tenant only through the Nigredo agents that tenant has activated. */
@Dependent
public class ActivationGate {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    public static String agentId(Queue queue) {
        return "nigredo-" + queue.logicalName();
    }

    public boolean allows(UUID tenantId, Queue queue) {
        if (tenantId == null || !queue.isNigredoAgent()) {
            return true;
        }
        // a suspended or cancelled tenant's agents act no more, whatever it activated
        return em.createQuery(
                                "SELECT COUNT(x) FROM AgentActivation x, Tenant t WHERE x.tenantId = :tenant"
                                        + " AND x.agentId = :agent AND x.status = :status AND t.id = :tenantId"
                                        + " AND t.status = :active",
                                Long.class)
                        .setParameter("tenant", tenantId.toString())
                        .setParameter("agent", agentId(queue))
                        .setParameter("status", ActivationStatus.ativo)
                        .setParameter("tenantId", tenantId)
                        .setParameter("active", TenantStatus.ativo)
                        .getSingleResult()
                > 0;
    }
}
