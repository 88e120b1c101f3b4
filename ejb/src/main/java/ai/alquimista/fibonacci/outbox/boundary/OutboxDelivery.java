package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueSender;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Sends outbox messages to SQS. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several
 * instances relaying and sweeping at once never send the same row twice; a failed send is kept
 * with its error and retried later with a growing delay.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    public static final int SWEEP_BATCH = 100;
    private static final long MAX_BACKOFF_SECONDS = 300;

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    QueueSender sender;

    @Inject
    Clock clock;

    public void deliver(UUID outboxMessageId) {
        claim(
                        "SELECT * FROM fibonacci_core.outbox WHERE id = ?1 AND sent_at IS NULL FOR UPDATE SKIP LOCKED",
                        outboxMessageId)
                .forEach(this::send);
    }

    /** Sends what is due: messages whose immediate relay failed or whose process died before it. */
    public int sweep() {
        List<OutboxMessage> due = claim(
                "SELECT * FROM fibonacci_core.outbox WHERE sent_at IS NULL"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT " + SWEEP_BATCH
                        + " FOR UPDATE SKIP LOCKED",
                Timestamp.from(clock.instant()));
        due.forEach(this::send);
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private List<OutboxMessage> claim(String sql, Object parameter) {
        return em.createNativeQuery(sql, OutboxMessage.class)
                .setParameter(1, parameter)
                .setHint("eclipselink.refresh", "true")
                .getResultList();
    }

    private void send(OutboxMessage message) {
        Queue queue = Queue.byLogicalName(message.getQueue())
                .orElseThrow(() -> new IllegalStateException(
                        "outbox row " + message.getId() + " names unknown queue " + message.getQueue()));
        try {
            sender.send(new QueueAddress(queue, false), message.getBody(), attributes(message));
            message.markSent(clock.instant());
        } catch (SdkException e) {
            Duration backoff =
                    Duration.ofSeconds(Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(message.getAttempts(), 16)));
            message.recordFailure(e.getMessage(), clock.instant().plus(backoff));
            LOG.warning(() -> "outbox message " + message.getId() + " to " + queue.logicalName()
                    + " not sent (attempt " + message.getAttempts() + "), retry in " + backoff.toSeconds() + " s: "
                    + e.getMessage());
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
}
