package ai.alquimista.shared.http;

import ai.alquimista.shared.logging.Outage;
import ai.alquimista.shared.metrics.LatencyWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Each endpoint's latency on {@code /metrics}, tagged {@code method} and {@code route} (the resource's path template,
 * {@code /api/traces/{id}}, never the path asked for, so an id cannot add a series): {@code
 * http_server_request_seconds} (a timer: its count, sum and max are right, its quantiles in nanoseconds as Payara's
 * are), {@code http_server_request_p50_seconds}, {@code _p90_} and {@code _p99_} in seconds over the route's last
 * requests of the last five minutes ({@link LatencyWindow}), and {@code http_server_errors_total} (answers 500 and
 * up). A route's series appear with its first request on the instance.
 */
@ApplicationScoped
public class HttpLatencies {

    private static final Logger LOG = Logger.getLogger(HttpLatencies.class.getName());
    static final Map<String, Double> PERCENTILES = Map.of(
            "http_server_request_p50_seconds", 0.50,
            "http_server_request_p90_seconds", 0.90,
            "http_server_request_p99_seconds", 0.99);

    @Inject
    MetricRegistry metrics;

    private final Map<String, LatencyWindow> windows = new ConcurrentHashMap<>();
    private final Outage registration = new Outage(LOG, "registering an endpoint's latency gauges");

    public void record(String method, String route, int status, long nanos) {
        Tag[] tags = {new Tag("method", method), new Tag("route", route)};
        metrics.timer("http_server_request_seconds", tags).update(Duration.ofNanos(nanos));
        if (status >= 500) {
            metrics.counter("http_server_errors_total", tags).inc();
        }
        LatencyWindow window = windows.computeIfAbsent(method + " " + route, key -> register(tags));
        if (window != null) {
            window.record(System.nanoTime(), nanos);
        }
    }

    /** A metrics failure never fails a request: it is logged, and the route tried again with its next request. */
    private LatencyWindow register(Tag[] tags) {
        LatencyWindow window = new LatencyWindow();
        try {
            PERCENTILES.forEach((name, p) ->
                    metrics.gauge(new MetricID(name, tags), window, w -> w.percentileSeconds(p, System.nanoTime())));
            registration.succeeded();
            return window;
        } catch (RuntimeException e) {
            registration.failed(e);
            return null;
        }
    }
}
