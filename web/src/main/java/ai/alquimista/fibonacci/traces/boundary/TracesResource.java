package ai.alquimista.fibonacci.traces.boundary;

import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.tracing.TraceParent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A trace across the agents: the events that share its id, their hops, and the time in each queue and agent. */
@Path("api/traces")
@ApplicationScoped
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TracesResource {

    @Inject
    TraceQuery query;

    @Inject
    JsonWebToken token;

    @Inject
    CallerResolver caller;

    @GET
    @Path("{id}")
    @RolesAllowed({Operator.ROLE, "viewer"})
    @Operation(
            summary = "A trace (its id as a UUID or as the 32 hex digits of a W3C traceparent): every event on it in"
                    + " order, the agents each visited, how long each waited in its queue and how long each agent"
                    + " took (a tenant's users: their tenant's events only; a platform operator's read is written to"
                    + " each tenant's audit log)")
    public TraceView describe(@PathParam("id") String id) {
        Optional<UUID> traceId = TraceParent.parseId(id);
        Optional<UUID> tenant = CallerResolver.tenant(token);
        Optional<TraceView> trace = tenant.isEmpty()
                ? traceId.flatMap(t -> query.forOperator(t, caller.operator()))
                : traceId.flatMap(t -> query.forTenant(t, tenant.get()));
        return trace.orElseThrow(() -> new NotFound("no trace with id '" + id + "'"));
    }
}
