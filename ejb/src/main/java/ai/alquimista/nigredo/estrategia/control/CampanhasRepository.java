package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.nigredo.estrategia.entity.Campanha;
import ai.alquimista.shared.errors.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

/** A tenant's campaigns as entities: another tenant's campaign does not exist here (404). */
@Dependent
public class CampanhasRepository {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    /** @throws NotFound when the tenant has no such campaign */
    public Campanha daTenant(UUID tenantId, UUID id) {
        return unica(daTenantQuery(tenantId, id), id);
    }

    /**
     * The campaign locked for this transaction (SELECT … FOR UPDATE), so two people approving or pausing it at once
     * move it one after the other, each from the status the other left.
     *
     * @throws NotFound when the tenant has no such campaign
     */
    public Campanha paraMudar(UUID tenantId, UUID id) {
        return unica(daTenantQuery(tenantId, id).setLockMode(LockModeType.PESSIMISTIC_WRITE), id);
    }

    /** Newest first, then by name. */
    public List<Campanha> pagina(UUID tenantId, int page, int size) {
        return em.createQuery(
                        "SELECT c FROM Campanha c WHERE c.tenantId = :tenant ORDER BY c.createdAt DESC, c.nome",
                        Campanha.class)
                .setParameter("tenant", tenantId.toString())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long total(UUID tenantId) {
        return em.createQuery("SELECT COUNT(c) FROM Campanha c WHERE c.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId.toString())
                .getSingleResult();
    }

    /** The draft Estratégia planned for one segment of an import. */
    public Campanha doSegmento(UUID tenantId, UUID importId, String segmento) {
        return em.createQuery(
                        "SELECT c FROM Campanha c WHERE c.tenantId = :tenant AND c.importId = :importId"
                                + " AND c.segmento = :segmento",
                        Campanha.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("importId", importId.toString())
                .setParameter("segmento", segmento)
                .getSingleResult();
    }

    private TypedQuery<Campanha> daTenantQuery(UUID tenantId, UUID id) {
        return em.createQuery("SELECT c FROM Campanha c WHERE c.id = :id AND c.tenantId = :tenant", Campanha.class)
                .setParameter("id", id)
                .setParameter("tenant", tenantId.toString());
    }

    private static Campanha unica(TypedQuery<Campanha> query, UUID id) {
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFound("no campanha " + id));
    }
}
