package ai.alquimista.operations.queues.boundary;

import ai.alquimista.fibonacci.consumers.boundary.FailedMessage;
import ai.alquimista.fibonacci.consumers.boundary.MessageFailures;
import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.operations.queues.control.QueueInjection;
import ai.alquimista.operations.queues.control.QueueStatistics;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.auth.boundary.ClientAddress;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.shared.problems.JsonBodies;
import ai.alquimista.shared.problems.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Operators' view of the queues: depths, failure reasons, and message injection for testing. */
@Path("admin/queues")
@RequestScoped
@RolesAllowed(Operator.ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class QueuesResource {

    private static final int MAX_FAILURES = 200;

    @Inject
    QueueStatistics statistics;

    @Inject
    QueueInjection injection;

    @Inject
    MessageFailures failures;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Every queue with its approximate depth, in-flight count and dead-letter depth")
    public List<QueueDepth> list() {
        return statistics.all();
    }

    @POST
    @Path("{queue}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(
            value = InjectedMessage.class,
            responseCode = "202",
            responseDescription = "The message is on the queue")
    @Operation(summary = "Put a raw message on a queue: {\"body\": string or JSON, \"attributes\": {name: value}}")
    public Response inject(@PathParam("queue") String queue, String request) {
        QueueAddress address = address(queue);
        JsonObject json = object(JsonBodies.parse(request));
        String body = body(json);
        Map<String, String> attributes = attributes(json);
        String messageId = injection.inject(address, body, attributes);
        return Response.accepted(new InjectedMessage(messageId, address.displayName()))
                .build();
    }

    @GET
    @Path("{queue}/failures")
    @Operation(
            summary = "Why messages on a queue failed, newest first (each failed receive is one entry), with the"
                    + " failed bodies, which may hold a tenant's data: every read is audited")
    public List<FailedMessage> failures(
            @PathParam("queue") String queue, @QueryParam("limit") @DefaultValue("50") int limit) {
        return failures.recentForOperator(
                address(queue).queue().logicalName(),
                Math.max(1, Math.min(limit, MAX_FAILURES)),
                CallerResolver.subject(token),
                clientAddress.of(request),
                request.getHeader("User-Agent"));
    }

    private static QueueAddress address(String queue) {
        return QueueAddress.parse(queue)
                .orElseThrow(() -> new ProblemException(
                        404,
                        "Unknown queue",
                        "no queue named '" + queue
                                + "'; queues: recebimento, estrategia, disparo, atendimento, sentimento,"
                                + " agendamento, relatorios, platform, demo (append -dlq for a dead-letter queue)"));
    }

    private static JsonObject object(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProblemException(400, "Invalid message", "expected {\"body\": ..., \"attributes\": {...}}");
        }
        return value.asJsonObject();
    }

    private static String body(JsonObject json) {
        JsonValue body = json.get("body");
        if (body == null || body == JsonValue.NULL) {
            throw new ProblemException(
                    400,
                    "Invalid message",
                    "body is required",
                    List.of(new Violation("body", "is required: a string, or JSON sent as its text")));
        }
        return body.getValueType() == JsonValue.ValueType.STRING ? json.getString("body") : body.toString();
    }

    private static Map<String, String> attributes(JsonObject json) {
        JsonValue value = json.get("attributes");
        if (value == null || value == JsonValue.NULL) {
            return Map.of();
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, String> attributes = new HashMap<>();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            violations.add(new Violation("attributes", "must be an object of string values"));
        } else {
            value.asJsonObject().forEach((name, attribute) -> {
                if (attribute.getValueType() == JsonValue.ValueType.STRING) {
                    attributes.put(name, ((jakarta.json.JsonString) attribute).getString());
                } else {
                    violations.add(new Violation("attributes." + name, "must be a string"));
                }
            });
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Invalid message", "attributes are invalid", violations);
        }
        return attributes;
    }
}
