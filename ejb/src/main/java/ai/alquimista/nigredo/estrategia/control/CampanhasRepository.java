package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.nigredo.estrategia.entity.Campanha;
import ai.alquimista.nigredo.estrategia.entity.CampanhaStatus;
import ai.alquimista.shared.errors.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
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

    /** The segment's open draft (the one leads of any import join), locked by whoever just opened it. */
    public Campanha rascunhoAberto(UUID tenantId, String segmento) {
        return (Campanha) em.createNativeQuery(
                        "SELECT * FROM nigredo_leads.campanhas WHERE tenant_id = ? AND segmento = ?"
                                + " AND status = ? AND import_id IS NULL",
                        Campanha.class)
                .setParameter(1, tenantId)
                .setParameter(2, segmento)
                .setParameter(3, CampanhaStatus.rascunho.name())
                .getSingleResult();
    }

    /**
     * The approved or active campaign that enrols the segment's later leads on its own, the latest approved if a
     * person set more than one, locked for this transaction (SELECT … FOR UPDATE): turning it off or pausing it waits
     * for the leads being enrolled, and the other way round.
     */
    public Optional<Campanha> queInscreve(UUID tenantId, String segmento) {
        return em.createQuery(
                        "SELECT c FROM Campanha c WHERE c.tenantId = :tenant AND c.segmento = :segmento"
                                + " AND c.inscricaoAutomatica = TRUE AND (c.status = :aprovada OR c.status = :ativa)"
                                + " ORDER BY c.approvedAt DESC, c.createdAt DESC",
                        Campanha.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("segmento", segmento)
                .setParameter("aprovada", CampanhaStatus.aprovada)
                .setParameter("ativa", CampanhaStatus.ativa)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Another campaign of the segment that enrols its later leads on its own, if there is one. */
    public Optional<Campanha> outraQueInscreve(Campanha campanha) {
        return em.createQuery(
                        "SELECT c FROM Campanha c WHERE c.tenantId = :tenant AND c.segmento = :segmento"
                                + " AND c.id <> :id AND c.inscricaoAutomatica = TRUE AND c.status <> :concluida",
                        Campanha.class)
                .setParameter("tenant", campanha.getTenantId().toString())
                .setParameter("segmento", campanha.getSegmento())
                .setParameter("id", campanha.getId())
                .setParameter("concluida", CampanhaStatus.concluida)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
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
