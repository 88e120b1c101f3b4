package ai.alquimista.platform.retention.control;

import ai.alquimista.platform.retention.boundary.RetainedTable;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One bounded delete per call, in a transaction of its own: at most {@code batch} rows older than the cutoff, found
 * through the age column's index. Rows another transaction holds are skipped ({@code SKIP LOCKED}), so two
 * instances pruning at once, or a writer touching an old row, never wait on each other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionQuery {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    /** @return how many rows were deleted (fewer than {@code batch}: none older remain, or others hold them) */
    public int deleteOlderThan(RetainedTable table, Instant cutoff, int batch) {
        // table and column names come from the enum, never from input
        return em.createNativeQuery("DELETE FROM " + table.table() + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM "
                        + table.table() + " WHERE " + table.ageColumn() + " < ?1 LIMIT ?2 FOR UPDATE SKIP LOCKED))")
                .setParameter(1, Timestamp.from(cutoff))
                .setParameter(2, batch)
                .executeUpdate();
    }
}
