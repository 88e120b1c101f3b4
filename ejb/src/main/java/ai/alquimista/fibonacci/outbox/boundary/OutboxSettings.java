package ai.alquimista.fibonacci.outbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How hard the outbox tries: attempts before a row is dead, the longest wait between two attempts, and the lag at
 * which readiness reports the outbox down; environment variables override (ALQUIMISTA_OUTBOX_MAX_ATTEMPTS, ...).
 */
@ApplicationScoped
public class OutboxSettings {

    @Inject
    @ConfigProperty(name = "alquimista.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "alquimista.outbox.max-backoff-seconds", defaultValue = "300")
    long maxBackoffSeconds;

    @Inject
    @ConfigProperty(name = "alquimista.outbox.readiness-lag-seconds", defaultValue = "300")
    long readinessLagSeconds;

    /** At least one attempt, whatever is configured. */
    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    public Duration maxBackoff() {
        return Duration.ofSeconds(Math.max(1, maxBackoffSeconds));
    }

    public Duration readinessLag() {
        return Duration.ofSeconds(Math.max(1, readinessLagSeconds));
    }
}
