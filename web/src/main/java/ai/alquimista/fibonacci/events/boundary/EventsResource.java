package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.events.EventSubmission;
import ai.alquimista.fibonacci.events.InvalidEvent;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.problems.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Fibonacci's HTTP side: publish an event onto the bus, and follow it through the agents. */
@Path("events")
@ApplicationScoped
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventIntake intake;

    @Inject
    EventQuery query;

    @Inject
    JsonWebToken token;

    @Inject
    CallerResolver caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Counted(name = "events_received_total")
    @Timed(name = "events_post_seconds")
    @RolesAllowed({Operator.ROLE, "manager"})
    @APIResponseSchema(
            value = EventReceipt.class,
            responseCode = "202",
            responseDescription = "Stored and routed; Location names the event")
    @Operation(
            summary = "Store an event, route it by its source and relay it to the target queue (platform"
                    + " operators; a tenant's managers for their own tenant only)")
    public Response publish(String body, @Context UriInfo uri) {
        EventSubmission submission = EventSubmission.from(JsonBodies.parse(body));
        Optional<UUID> callerTenant = CallerResolver.tenant(token);
        if (callerTenant.isPresent()
                && submission
                        .tenantId()
                        .filter(t -> !t.equals(callerTenant.get()))
                        .isPresent()) {
            throw new InvalidEvent("detail.context.metadata.tenant_id", "must be your own tenant");
        }
        EventReceipt receipt = EventReceipt.of(intake.accept(submission, callerTenant.or(submission::tenantId)));
        return Response.accepted(receipt)
                .location(uri.getBaseUriBuilder()
                        .path("events")
                        .path(receipt.id().toString())
                        .build())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Operator.ROLE, "viewer"})
    @Operation(
            summary = "An event with where it was routed, its delivery and every agent hop (a tenant's users: their"
                    + " tenant's events only; a platform operator's read is written to the event's tenant's audit log)")
    public EventView describe(@PathParam("id") String id) {
        Optional<UUID> callerTenant = CallerResolver.tenant(token);
        Optional<EventView> event = callerTenant.isEmpty()
                ? Ids.parse(id).flatMap(eventId -> query.describeForOperator(eventId, caller.operator()))
                : Ids.parse(id)
                        .flatMap(query::describe)
                        .filter(view -> callerTenant.equals(Optional.ofNullable(view.tenantId())));
        return event.orElseThrow(() -> new NotFound("no event with id '" + id + "'"));
    }
}
