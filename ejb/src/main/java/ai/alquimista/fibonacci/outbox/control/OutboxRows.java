package ai.alquimista.fibonacci.outbox.control;

import ai.alquimista.fibonacci.outbox.boundary.OutboxSettings;
import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueSender;
import ai.alquimista.shared.errors.Causes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * One outbox row at a time, each call in a transaction of its own. A row is claimed with {@code FOR UPDATE SKIP
 * LOCKED} and stays locked while it is sent and marked, so two instances never send it at the same time, and one
 * row's failure is recorded on that row alone. The send happens before the commit that marks it: only a crash or a
 * lost database in between sends a row twice (consumers are idempotent by event id).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

    private static final Logger LOG = Logger.getLogger(OutboxRows.class.getName());

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    QueueSender sender;

    @Inject
    OutboxSettings settings;

    @Inject
    Clock clock;

    /** The rows due now, longest waiting first, read without locks: each is claimed when it is sent. */
    public List<UUID> due(int limit) {
        List<?> ids = em.createNativeQuery("SELECT id FROM fibonacci_core.outbox"
                        + " WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ?1"
                        + " ORDER BY next_attempt_at LIMIT ?2")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(OutboxRows::uuid).toList();
    }

    /**
     * Sends a pending row and marks it sent; whatever goes wrong on the way to the queue is kept on the row.
     *
     * @param onlyIfDue leave a row that is waiting out its backoff (the sweep); the relay after commit sends at once
     */
    public Outcome send(UUID id, boolean onlyIfDue) {
        List<OutboxMessage> claimed = claim(id, onlyIfDue);
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED;
        }
        OutboxMessage message = claimed.get(0);
        try {
            Queue queue = Queue.byLogicalName(message.getQueue())
                    .orElseThrow(() -> new IllegalStateException("unknown queue " + message.getQueue()));
            sender.send(new QueueAddress(queue, false), message.getBody(), attributes(message));
        } catch (RuntimeException e) {
            return failed(message, Causes.reason(e));
        }
        message.markSent(clock.instant());
        return Outcome.SENT;
    }

    /**
     * Records a failure that {@link #send} could not record itself (the row could not be read, or its transaction
     * failed), without reading the row as an entity.
     */
    public Outcome recordFailure(UUID id, String error) {
        List<?> attempts = em.createNativeQuery("SELECT attempts FROM fibonacci_core.outbox"
                        + " WHERE id = ?1 AND sent_at IS NULL AND dead_at IS NULL FOR UPDATE SKIP LOCKED")
                .setParameter(1, id)
                .getResultList();
        if (attempts.isEmpty()) {
            return Outcome.SKIPPED;
        }
        int attempt = ((Number) attempts.get(0)).intValue() + 1;
        Instant now = clock.instant();
        boolean dead = attempt >= settings.maxAttempts();
        Instant next = dead ? now : now.plus(OutboxMessage.backoff(attempt, settings.maxBackoff()));
        em.createNativeQuery("UPDATE fibonacci_core.outbox SET attempts = ?2, last_error = ?3,"
                        + " next_attempt_at = ?4, dead_at = " + (dead ? "?4" : "NULL") + " WHERE id = ?1")
                .setParameter(1, id)
                .setParameter(2, attempt)
                .setParameter(3, OutboxMessage.printable(error))
                .setParameter(4, Timestamp.from(next))
                .executeUpdate();
        log(id, null, attempt, dead, next, error);
        return dead ? Outcome.DIED : Outcome.FAILED;
    }

    @SuppressWarnings("unchecked")
    private List<OutboxMessage> claim(UUID id, boolean onlyIfDue) {
        var query = em.createNativeQuery(
                        "SELECT * FROM fibonacci_core.outbox WHERE id = ?1 AND sent_at IS NULL AND dead_at IS NULL"
                                + (onlyIfDue ? " AND next_attempt_at <= ?2" : "")
                                + " FOR UPDATE SKIP LOCKED",
                        OutboxMessage.class)
                .setParameter(1, id)
                .setHint("eclipselink.refresh", "true");
        if (onlyIfDue) {
            query.setParameter(2, Timestamp.from(clock.instant()));
        }
        return query.getResultList();
    }

    private Outcome failed(OutboxMessage message, String error) {
        boolean dead = message.recordFailure(error, clock.instant(), settings.maxAttempts(), settings.maxBackoff());
        log(message.getId(), message.getQueue(), message.getAttempts(), dead, message.getNextAttemptAt(), error);
        return dead ? Outcome.DIED : Outcome.FAILED;
    }

    private static void log(UUID id, String queue, int attempt, boolean dead, Instant next, String error) {
        String row = "outbox message " + id + (queue == null ? "" : " to " + queue);
        if (dead) {
            LOG.severe(() -> row + " not sent after " + attempt + " attempts; it is dead until an operator retries"
                    + " it (POST /admin/outbox/" + id + "/retry): " + error);
        } else {
            LOG.warning(() -> row + " not sent (attempt " + attempt + "), next attempt at " + next + ": " + error);
        }
    }

    private static Map<String, String> attributes(OutboxMessage message) {
        Map<String, String> attributes = new HashMap<>();
        message.getAttributes().forEach((name, value) -> {
            if (value instanceof JsonString text) {
                attributes.put(name, text.getString());
            }
        });
        return attributes;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
