package ai.alquimista.operations.queues.boundary;

import ai.alquimista.fibonacci.consumers.boundary.FailedMessage;
import ai.alquimista.fibonacci.consumers.boundary.MessageFailures;
import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.shared.problems.JsonBodies;
import ai.alquimista.shared.problems.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Operators' view of the queues: depths, failure reasons, the dead-letter queues (peek and redrive), and message
 * injection for testing.
 */
@Path("admin/queues")
@ApplicationScoped
@RolesAllowed(Operator.ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class QueuesResource {

    private static final int MAX_FAILURES = 200;
    private static final int MAX_PEEK = 100;
    private static final int MAX_REDRIVE_IDS = 1_000;
    /** SQS message ids are UUIDs; ElasticMQ's too. Anything else cannot be on a queue. */
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

    @Inject
    QueueOverviews overviews;

    @Inject
    QueueOperations operations;

    @Inject
    MessageFailures failures;

    @Inject
    DeadLetters deadLetters;

    @Inject
    CallerResolver caller;

    @GET
    @Operation(
            summary = "Every queue with its approximate depth, in-flight, delayed and dead-letter counts (SQS), how"
                    + " many messages went in and out per minute over the last five minutes, and how long the oldest"
                    + " event still waiting for its agent has waited")
    public List<QueueOverview> list() {
        return overviews.all();
    }

    @POST
    @Path("{queue}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(
            value = InjectedMessage.class,
            responseCode = "202",
            responseDescription = "The message is on the queue")
    @Operation(
            summary = "Put a raw message on a queue: {\"body\": string or JSON, \"attributes\": {name: value}}."
                    + " Audited")
    public Response inject(@PathParam("queue") String queue, String request) {
        QueueAddress address = address(queue);
        JsonObject json = object(JsonBodies.parse(request));
        String body = body(json);
        Map<String, String> attributes = attributes(json);
        return Response.accepted(operations.injectForOperator(address, body, attributes, caller.operator()))
                .build();
    }

    @POST
    @Path("{queue}/purge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Delete every message a queue holds (visible, in flight, delayed; a -dlq name for a dead-letter"
                    + " queue): {\"confirm\": the queue's name, typed}; answers how many it held. SQS allows one"
                    + " purge a minute per queue (409 meanwhile). Audited")
    public PurgedQueue purge(@PathParam("queue") String queue, String request) {
        QueueAddress address = address(queue);
        JsonValue confirm = object(JsonBodies.parse(request)).get("confirm");
        if (confirm == null || confirm.getValueType() != JsonValue.ValueType.STRING) {
            throw new ProblemException(
                    400,
                    "Invalid purge",
                    "confirm is required",
                    List.of(new Violation("confirm", "is required: the queue's name, " + address.displayName())));
        }
        return operations.purgeForOperator(address, ((JsonString) confirm).getString(), caller.operator());
    }

    @GET
    @Path("{queue}/failures")
    @Operation(
            summary = "Why messages on a queue failed, newest first (each failed receive is one entry), with the"
                    + " failed bodies, which may hold a tenant's data: every read is audited")
    public List<FailedMessage> failures(
            @PathParam("queue") String queue, @QueryParam("limit") @DefaultValue("50") int limit) {
        return failures.recentForOperator(
                address(queue).queue().logicalName(), Math.max(1, Math.min(limit, MAX_FAILURES)), caller.operator());
    }

    @GET
    @Path("{queue}/dlq")
    @Operation(
            summary = "The messages on a queue's dead-letter queue (up to limit, at most 100), left there: body,"
                    + " attributes, why and where each failed, receive count and when it was sent. The bodies may"
                    + " hold a tenant's data: every read is audited")
    public List<DeadLetter> deadLetters(
            @PathParam("queue") String queue, @QueryParam("limit") @DefaultValue("50") int limit) {
        return deadLetters.peekForOperator(
                consumedQueue(queue), Math.max(1, Math.min(limit, MAX_PEEK)), caller.operator());
    }

    @POST
    @Path("{queue}/dlq/redrive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send messages of a queue's dead-letter queue back to the queue, without the failure"
                    + " attributes: {\"message_ids\": [...]} or {\"all\": true}; answers how many moved and the"
                    + " ids not found. Audited")
    public Redrive redrive(@PathParam("queue") String queue, String request) {
        Queue source = consumedQueue(queue);
        Set<String> messageIds = redriveSelection(object(JsonBodies.parse(request)));
        return deadLetters.redriveForOperator(source, messageIds, caller.operator());
    }

    /** A queue messages are consumed from (not a dead-letter queue: it has none of its own). */
    private static Queue consumedQueue(String queue) {
        QueueAddress address = address(queue);
        if (address.deadLetter()) {
            throw unknownQueue(queue);
        }
        return address.queue();
    }

    /** The ids asked for, or none for every message; exactly one of message_ids and all. */
    private static Set<String> redriveSelection(JsonObject json) {
        JsonValue ids = json.get("message_ids");
        JsonValue all = json.get("all");
        boolean hasIds = ids != null && ids != JsonValue.NULL;
        boolean hasAll = all != null && all != JsonValue.NULL;
        if (hasIds == hasAll) {
            throw new ProblemException(
                    400,
                    "Invalid redrive",
                    "give either message_ids or all",
                    List.of(new Violation(
                            hasIds ? "all" : "message_ids",
                            hasIds
                                    ? "must be left out when message_ids is given"
                                    : "is required: the SQS ids of the messages, or \"all\": true")));
        }
        if (hasAll) {
            if (all.getValueType() != JsonValue.ValueType.TRUE) {
                throw new ProblemException(
                        400,
                        "Invalid redrive",
                        "all must be true",
                        List.of(new Violation("all", "must be true (or leave it out and give message_ids)")));
            }
            return Set.of();
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();
        if (ids.getValueType() != JsonValue.ValueType.ARRAY
                || ids.asJsonArray().isEmpty()
                || ids.asJsonArray().size() > MAX_REDRIVE_IDS) {
            violations.add(
                    new Violation("message_ids", "must be an array of 1 to " + MAX_REDRIVE_IDS + " SQS message ids"));
        } else {
            JsonArray array = ids.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                JsonValue id = array.get(i);
                if (id.getValueType() == JsonValue.ValueType.STRING
                        && MESSAGE_ID.matcher(((JsonString) id).getString()).matches()) {
                    wanted.add(((JsonString) id).getString());
                } else {
                    violations.add(new Violation("message_ids[" + i + "]", "must be an SQS message id"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Invalid redrive", "message_ids are invalid", violations);
        }
        return wanted;
    }

    private static QueueAddress address(String queue) {
        return QueueAddress.parse(queue).orElseThrow(() -> unknownQueue(queue));
    }

    private static ProblemException unknownQueue(String queue) {
        return new ProblemException(
                404,
                "Unknown queue",
                "no queue named '" + queue
                        + "'; queues: recebimento, estrategia, disparo, atendimento, sentimento,"
                        + " agendamento, relatorios, platform, demo (append -dlq for a dead-letter queue)");
    }

    private static JsonObject object(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProblemException(400, "Invalid request", "expected a JSON object");
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
