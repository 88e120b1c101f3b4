package ai.alquimista.operations.health.boundary;

import ai.alquimista.operations.health.control.HealthProbe;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /health} answers, as the seed's handler does: {@code ok} only when PostgreSQL and SQS answer. */
@Schema(description = "ok only when PostgreSQL and SQS both answer; each one's error when it does not")
public record Readiness(
        boolean ok,
        @JsonbProperty("db_status") String dbStatus,
        @JsonbProperty("sqs_status") String sqsStatus,
        @JsonbProperty("uptime_seconds") long uptimeSeconds,
        @JsonbProperty("db_error") String dbError,
        @JsonbProperty("sqs_error") String sqsError) {

    public static Readiness of(HealthProbe.Status database, HealthProbe.Status sqs, Duration uptime) {
        return new Readiness(
                database.ok() && sqs.ok(),
                database.label(),
                sqs.label(),
                uptime.toSeconds(),
                database.error(),
                sqs.error());
    }
}
