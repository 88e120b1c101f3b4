package ai.alquimista.fibonacci.messages;

import ai.alquimista.fibonacci.events.EventSubmission;
import ai.alquimista.fibonacci.events.InvalidEvent;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;

/**
 * A message as an agent receives it. Messages relayed by Fibonacci carry {@code event_id} and
 * {@code trace_id}; a message injected straight onto a queue needs only {@code type} (and may carry
 * {@code source} and {@code detail}).
 */
public record AgentMessage(
        String messageId, int receiveCount, Optional<UUID> eventId, Optional<UUID> traceId, EventSubmission event) {

    public static final String INJECTED_SOURCE = "fibonacci.injected";

    public static AgentMessage parse(String messageId, int receiveCount, String body) {
        JsonObject json = object(body);
        JsonObjectBuilder envelope = Json.createObjectBuilder(json);
        if (!json.containsKey("source")) {
            envelope.add("source", INJECTED_SOURCE);
        }
        try {
            return new AgentMessage(
                    messageId,
                    receiveCount,
                    uuid(json, "event_id"),
                    uuid(json, "trace_id"),
                    EventSubmission.from(envelope.build()));
        } catch (InvalidEvent e) {
            throw new PoisonMessage("invalid message: " + e.getMessage(), e);
        }
    }

    /** The body Fibonacci puts on a queue for a stored event. */
    public static String envelope(UUID eventId, UUID traceId, EventSubmission event) {
        JsonObjectBuilder json = Json.createObjectBuilder(event.toJson())
                .add("event_id", eventId.toString())
                .add("trace_id", traceId.toString());
        return json.build().toString();
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new PoisonMessage("message body is empty; expected a JSON object with at least 'type'");
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new PoisonMessage("message body is JSON but not an object; expected {type, source, detail}");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new PoisonMessage("message body is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Optional<UUID> uuid(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(json.getString(field)));
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new PoisonMessage("invalid message: " + field + " must be a UUID");
        }
    }
}
