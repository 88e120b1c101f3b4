package ai.alquimista.fibonacci.outbox.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The outbox's backlog in one aggregate over the two partial indexes (rows due, dead rows). */
@Dependent
public class OutboxBacklogQuery {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    Clock clock;

    public OutboxBacklog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT count(*) FROM fibonacci_core.outbox WHERE sent_at IS NULL AND dead_at IS NULL),"
                        + " (SELECT min(created_at) FROM fibonacci_core.outbox"
                        + " WHERE sent_at IS NULL AND dead_at IS NULL),"
                        + " (SELECT count(*) FROM fibonacci_core.outbox WHERE dead_at IS NOT NULL)")
                .getSingleResult();
        Instant oldest = instant(row[1]);
        Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
        return new OutboxBacklog(
                ((Number) row[0]).longValue(), lag.isNegative() ? Duration.ZERO : lag, ((Number) row[2]).longValue());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        throw new IllegalStateException(
                "unexpected timestamp type " + value.getClass().getName());
    }
}
