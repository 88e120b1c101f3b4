package ai.alquimista.operations.queues.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.operations.queues.control.QueueFlowQuery;
import ai.alquimista.operations.queues.control.QueueFlowQuery.Flow;
import ai.alquimista.operations.queues.control.QueueStatistics;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** {@code GET /admin/queues}: every queue's depths (SQS) with its flow of the last five minutes (the database). */
@Stateless
public class QueueOverviews {

    static final Duration WINDOW = Duration.ofMinutes(5);

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    QueueStatistics statistics;

    @Inject
    Clock clock;

    public List<QueueOverview> all() {
        Instant now = clock.instant();
        Map<String, Flow> flows = flows(now.minus(WINDOW));
        return statistics.all().stream()
                .map(depth -> overview(depth, Optional.ofNullable(flows.get(depth.queue())), now))
                .toList();
    }

    static QueueOverview overview(QueueDepth depth, Optional<Flow> flow, Instant now) {
        double minutes = WINDOW.toMinutes();
        return new QueueOverview(
                depth.queue(),
                depth.name(),
                depth.visible(),
                depth.inFlight(),
                depth.delayed(),
                depth.deadLetters(),
                flow.map(f -> f.entered() / minutes).orElse(0.0),
                flow.map(f -> f.left() / minutes).orElse(0.0),
                flow.flatMap(Flow::oldestWaitingSince)
                        .map(since -> Math.max(0, Duration.between(since, now).toSeconds()))
                        .orElse(null));
    }

    private Map<String, Flow> flows(Instant since) {
        List<String> queues =
                Arrays.stream(Queue.values()).map(Queue::logicalName).toList();
        try (Connection db = dataSource.getConnection()) {
            return QueueFlowQuery.since(db, queues, since);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the queues' flow: " + e.getMessage(), e);
        }
    }
}
