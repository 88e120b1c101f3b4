package ai.alquimista.fibonacci.consumers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Each agent's delivery-time percentiles on {@code /metrics}, in seconds: {@code agent_message_p50_seconds}, {@code
 * _p90_} and {@code _p99_}, tagged with the agent, over its last deliveries of the last five minutes
 * ({@link LatencyWindow}; NaN when it had none). An agent's gauges appear with its first delivery on this instance.
 */
@ApplicationScoped
public class AgentLatencies {

    /** The gauges' names by the percentile each reads. */
    static final Map<String, Double> PERCENTILES = Map.of(
            "agent_message_p50_seconds", 0.50, "agent_message_p90_seconds", 0.90, "agent_message_p99_seconds", 0.99);

    @Inject
    MetricRegistry metrics;

    private final Map<String, LatencyWindow> windows = new ConcurrentHashMap<>();

    public void record(String agent, long nanos) {
        windows.computeIfAbsent(agent, this::register).record(System.nanoTime(), nanos);
    }

    private LatencyWindow register(String agent) {
        LatencyWindow window = new LatencyWindow();
        PERCENTILES.forEach((name, p) -> metrics.gauge(
                new MetricID(name, new Tag("agent", agent)), window, w -> w.percentileSeconds(p, System.nanoTime())));
        return window;
    }
}
