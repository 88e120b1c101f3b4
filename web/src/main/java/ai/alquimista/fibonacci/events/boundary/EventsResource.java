package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.events.EventSubmission;
import ai.alquimista.fibonacci.events.control.AcceptedEvent;
import ai.alquimista.shared.problems.JsonBodies;
import ai.alquimista.shared.problems.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Fibonacci's HTTP side: publish an event onto the bus, and follow it through the agents. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    EventIntake intake;

    @Inject
    EventQuery query;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Counted(name = "events_received_total")
    @Timed(name = "events_post_seconds")
    @Operation(summary = "Store an event, route it by its source and relay it to the target queue")
    public Response publish(String body) {
        AcceptedEvent accepted = intake.accept(EventSubmission.from(JsonBodies.parse(body)));
        JsonObject answer = Json.createObjectBuilder()
                .add("id", accepted.eventId().toString())
                .add("trace_id", accepted.traceId().toString())
                .add("routed_to", accepted.routedTo().logicalName())
                .build();
        return Response.accepted(answer.toString())
                .location(uri.getBaseUriBuilder().path("events").path(accepted.eventId().toString()).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An event with where it was routed, its delivery and every agent hop")
    public String describe(@PathParam("id") String id) {
        return parse(id).flatMap(query::describe)
                .map(JsonObject::toString)
                .orElseThrow(() -> new ProblemException(404, "Event not found", "no event with id '" + id + "'"));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
