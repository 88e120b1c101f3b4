package ai.alquimista.fibonacci.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** The outbox's MicroProfile metrics: {@code outbox_messages_dead_total}, rows this instance gave up on. */
@ApplicationScoped
public class OutboxMetrics {

    public static final String DEAD = "outbox_messages_dead_total";

    @Inject
    MetricRegistry registry;

    public void died() {
        registry.counter(DEAD).inc();
    }
}
