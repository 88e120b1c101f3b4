package ai.alquimista.operations.health.boundary;

import ai.alquimista.operations.health.control.HealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /health} answers as the seed's handler does ({@code {ok: true, db_status, ...}});
 * {@code /health/ready} fails (503) when PostgreSQL or SQS is unreachable; {@code /health/live}
 * only says the process answers.
 */
@Path("health")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthProbe probe;

    @GET
    @APIResponse(
            responseCode = "200",
            description = "PostgreSQL and SQS answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Readiness.class)))
    @APIResponse(
            responseCode = "503",
            description = "PostgreSQL or SQS does not answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Readiness.class)))
    public Response health() {
        return readiness();
    }

    @GET
    @Path("ready")
    @APIResponse(
            responseCode = "200",
            description = "PostgreSQL and SQS answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Readiness.class)))
    @APIResponse(
            responseCode = "503",
            description = "PostgreSQL or SQS does not answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Readiness.class)))
    public Response ready() {
        return readiness();
    }

    @GET
    @Path("live")
    public Liveness live() {
        return new Liveness(true);
    }

    private Response readiness() {
        Readiness readiness = Readiness.of(
                probe.database(),
                probe.sqs(),
                Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()));
        return Response.status(readiness.ok() ? 200 : 503).entity(readiness).build();
    }
}
