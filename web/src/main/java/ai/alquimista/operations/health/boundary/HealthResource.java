package ai.alquimista.operations.health.boundary;

import ai.alquimista.operations.health.control.HealthProbe;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * {@code GET /health} answers as the seed's handler does ({@code {ok: true, db_status, ...}});
 * {@code /health/ready} fails (503) when PostgreSQL or SQS is unreachable; {@code /health/live}
 * only says the process answers.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthProbe probe;

    @GET
    public Response health() {
        return readiness();
    }

    @GET
    @Path("ready")
    public Response ready() {
        return readiness();
    }

    @GET
    @Path("live")
    public Response live() {
        return Response.ok(Json.createObjectBuilder().add("ok", true).build().toString())
                .build();
    }

    private Response readiness() {
        HealthProbe.Status database = probe.database();
        HealthProbe.Status sqs = probe.sqs();
        boolean ok = database.ok() && sqs.ok();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("ok", ok)
                .add("db_status", database.label())
                .add("sqs_status", sqs.label())
                .add(
                        "uptime_seconds",
                        Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime())
                                .toSeconds());
        if (database.error() != null) {
            body.add("db_error", database.error());
        }
        if (sqs.error() != null) {
            body.add("sqs_error", sqs.error());
        }
        return Response.status(ok ? 200 : 503).entity(body.build().toString()).build();
    }
}
