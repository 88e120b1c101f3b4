package ai.alquimista.nigredo.leads.boundary;

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

/** The tenant's leads (personal data: every read is audited); the funnel is Relatórios' read model. */
@Stateless
public class LeadsQuery {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    AuditTrail audit;

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
