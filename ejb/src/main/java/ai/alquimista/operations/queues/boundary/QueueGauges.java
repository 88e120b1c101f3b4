package ai.alquimista.operations.queues.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.operations.queues.control.QueueStatistics;
import ai.alquimista.shared.metrics.CachedReading;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every queue's depth on {@code /metrics}: {@code sqs_queue_messages{queue, state}} with state {@code visible},
 * {@code in_flight}, {@code delayed} and {@code dead} (its dead-letter queue), as SQS reports them, read at most every
 * ten seconds; NaN for a queue SQS cannot answer for (each queue is read on its own).
 */
@ApplicationScoped
public class QueueGauges {

    static final String METRIC = "sqs_queue_messages";
    private static final Duration FRESH = Duration.ofSeconds(10);
    private static final Map<String, ToLongFunction<QueueDepth>> STATES = Map.of(
            "visible", QueueDepth::visible,
            "in_flight", QueueDepth::inFlight,
            "delayed", QueueDepth::delayed,
            "dead", QueueDepth::deadLetters);

    @Inject
    QueueStatistics statistics;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    private final Map<Queue, CachedReading<QueueDepth>> depths = new EnumMap<>(Queue.class);

    @PostConstruct
    void register() {
        for (Queue queue : Queue.values()) {
            depths.put(queue, new CachedReading<>(() -> statistics.depth(queue), FRESH, clock));
            STATES.forEach((state, count) -> metrics.gauge(
                    new MetricID(METRIC, new Tag("queue", queue.logicalName()), new Tag("state", state)),
                    this,
                    gauges -> gauges.read(queue, count)));
        }
    }

    /** Observing the start creates this bean then, so the gauges are there before the first scrape. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing else to do: @PostConstruct registered the gauges
    }

    private double read(Queue queue, ToLongFunction<QueueDepth> count) {
        return depths.get(queue)
                .get()
                .map(depth -> (double) count.applyAsLong(depth))
                .orElse(Double.NaN);
    }
}
