package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.outbox.control.OutboxBacklog;
import ai.alquimista.shared.metrics.CachedReading;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The outbox on {@code /metrics}, as its readiness check judges it: {@code outbox_lag_seconds} (the age of the oldest
 * row still to be sent), {@code outbox_pending} and {@code outbox_dead}, read at most every ten seconds; NaN while
 * the table cannot be read.
 */
@ApplicationScoped
public class OutboxGauges {

    private static final Duration FRESH = Duration.ofSeconds(10);

    @Inject
    OutboxAdministration outbox;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    private CachedReading<OutboxBacklog> backlog;

    @PostConstruct
    void register() {
        backlog = new CachedReading<>(outbox::backlog, FRESH, clock);
        gauge("outbox_lag_seconds", b -> b.lag().toMillis() / 1000.0);
        gauge("outbox_pending", OutboxBacklog::pending);
        gauge("outbox_dead", OutboxBacklog::dead);
    }

    /** Observing the start creates this bean then, so the gauges are there before the first scrape. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing else to do: @PostConstruct registered the gauges
    }

    private void gauge(String name, ToDoubleFunction<OutboxBacklog> value) {
        metrics.gauge(
                name,
                this,
                gauges -> gauges.backlog.get().map(value::applyAsDouble).orElse(Double.NaN));
    }
}
