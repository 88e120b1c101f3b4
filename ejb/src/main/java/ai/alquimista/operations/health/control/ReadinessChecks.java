package ai.alquimista.operations.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The same checks for MicroProfile Health ({@code /mphealth/ready}), for orchestrators that expect it. */
@Readiness
@ApplicationScoped
public class ReadinessChecks implements HealthCheck {

    @Inject
    HealthProbe probe;

    @Override
    public HealthCheckResponse call() {
        HealthProbe.Status database = probe.database();
        HealthProbe.Status sqs = probe.sqs();
        return HealthCheckResponse.named("alquimista")
                .status(database.ok() && sqs.ok())
                .withData("db_status", database.label())
                .withData("sqs_status", sqs.label())
                .build();
    }
}
