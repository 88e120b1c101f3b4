package ai.alquimista.operations.queues.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What went through each queue lately, as the database saw it on every instance: the events the outbox handed to it
 * since a moment, the messages its consumer finished since then, and when the oldest event still waiting for it (sent,
 * not yet taken by its agent) was sent. Messages put on a queue by hand are not in the outbox, so they count only once
 * consumed.
 */
public final class QueueFlowQuery {

    /** One queue's figures. */
    public record Flow(long entered, long left, Optional<Instant> oldestWaitingSince) {}

    private static final String SQL = """
            SELECT q.queue,
                   (SELECT count(*) FROM fibonacci_core.outbox o WHERE o.queue = q.queue AND o.sent_at > ?),
                   (SELECT count(*) FROM fibonacci_core.processed_messages p
                    WHERE p.consumer = q.queue AND p.processed_at > ?),
                   (SELECT min(o.sent_at) FROM fibonacci_core.events e JOIN fibonacci_core.outbox o ON o.event_id = e.id
                    WHERE e.status = 'roteado' AND e.routed_to = q.queue AND o.sent_at IS NOT NULL)
            FROM unnest(?) AS q(queue)""";

    private QueueFlowQuery() {}

    public static Map<String, Flow> since(Connection db, List<String> queues, Instant since) throws SQLException {
        Map<String, Flow> flows = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(SQL)) {
            Array names = db.createArrayOf("text", queues.toArray());
            select.setTimestamp(1, Timestamp.from(since));
            select.setTimestamp(2, Timestamp.from(since));
            select.setArray(3, names);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Timestamp oldest = row.getTimestamp(4);
                    flows.put(
                            row.getString(1),
                            new Flow(
                                    row.getLong(2),
                                    row.getLong(3),
                                    Optional.ofNullable(oldest).map(Timestamp::toInstant)));
                }
            }
        }
        return flows;
    }
}
