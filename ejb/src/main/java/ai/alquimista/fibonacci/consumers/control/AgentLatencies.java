package ai.alquimista.fibonacci.consumers.control;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.shared.metrics.LatencyWindow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Each agent's delivery-time percentiles on {@code /metrics}, in seconds: {@code agent_message_p50_seconds}, {@code
 * _p90_} and {@code _p99_}, tagged with the agent, over its last deliveries of the last five minutes
 * ({@link LatencyWindow}; NaN when it had none). The gauges are registered when the application starts, so a
 * delivery never registers anything and a metrics failure can never fail one.
 */
@ApplicationScoped
public class AgentLatencies {

    /** The gauges' names by the percentile each reads. */
    static final Map<String, Double> PERCENTILES = Map.of(
            "agent_message_p50_seconds", 0.50, "agent_message_p90_seconds", 0.90, "agent_message_p99_seconds", 0.99);

    @Inject
    MetricRegistry metrics;

    private final Map<Queue, LatencyWindow> windows = new EnumMap<>(Queue.class);

    @PostConstruct
    void register() {
        for (Queue agent : Queue.values()) {
            LatencyWindow window = new LatencyWindow();
            windows.put(agent, window);
            PERCENTILES.forEach((name, p) -> metrics.gauge(
                    new MetricID(name, new Tag("agent", agent.logicalName())),
                    window,
                    w -> w.percentileSeconds(p, System.nanoTime())));
        }
    }

    /** Observing the start creates this bean then, so the gauges are there before the first scrape. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing else to do: @PostConstruct registered the gauges
    }

    public void record(Queue agent, long nanos) {
        windows.get(agent).record(System.nanoTime(), nanos);
    }
}
