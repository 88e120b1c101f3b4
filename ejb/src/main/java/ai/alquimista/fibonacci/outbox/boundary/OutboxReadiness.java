package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.outbox.control.OutboxBacklog;
import ai.alquimista.shared.errors.Causes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code outbox} ({@code /mphealth/ready}): the age of the oldest row still to be sent, how many
 * are pending and how many are dead. Down only when that age exceeds {@code alquimista.outbox.readiness-lag-seconds}
 * (messages are not reaching their queues); dead rows wait for an operator and do not make an instance unready.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    public static final String NAME = "outbox";

    @Inject
    OutboxAdministration outbox;

    @Inject
    OutboxSettings settings;

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog backlog;
        try {
            backlog = outbox.backlog();
        } catch (RuntimeException e) {
            // reported, not hidden: the outbox cannot be judged while its table cannot be read
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", Causes.reason(e))
                    .build();
        }
        return HealthCheckResponse.named(NAME)
                .status(backlog.lag().compareTo(settings.readinessLag()) <= 0)
                .withData("lag_seconds", backlog.lag().toSeconds())
                .withData("pending", backlog.pending())
                .withData("dead", backlog.dead())
                .withData("max_lag_seconds", settings.readinessLag().toSeconds())
                .build();
    }
}
