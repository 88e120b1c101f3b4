package ai.alquimista.fibonacci.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@code {source, type, detail}} as posted to {@code POST /events} or carried on a queue. */
public record EventSubmission(String source, String type, JsonObject detail, Optional<String> correlationId) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");
    /** source, type and correlation_id are varchar(255) in fibonacci_core.events. */
    private static final int MAX_NAME = 255;

    public static EventSubmission from(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidEvent("body", "must be a JSON object with source, type and detail");
        }
        JsonObject json = body.asJsonObject();
        List<Violation> violations = new ArrayList<>();
        String source = name(json, "source", violations);
        String type = name(json, "type", violations);
        JsonObject detail = detail(json, violations);
        String correlationId = optionalText(json, "correlation_id", violations);
        if (detail != null) {
            FractalEventRules.check(detail, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidEvent(violations);
        }
        return new EventSubmission(source, type, detail, Optional.ofNullable(correlationId));
    }

    /** A FractalEvent {@code context} naming the tenant: what {@link #tenantId()} reads back. */
    public static JsonObjectBuilder tenantContext(UUID tenantId) {
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("tenant_id", tenantId.toString()));
    }

    /** The tenant named by a FractalEvent detail ({@code context.metadata.tenant_id}), if any. */
    public Optional<UUID> tenantId() {
        return FractalEventRules.tenantId(detail);
    }

    private static String name(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            violations.add(new Violation(field, "is required"));
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            violations.add(new Violation(field, "must be a string"));
            return null;
        }
        String text = json.getString(field);
        if (text.length() > MAX_NAME || !NAME.matcher(text).matches()) {
            violations.add(new Violation(
                    field, "must be lower-case dotted words such as 'nigredo.recebimento' (at most 255 characters)"));
            return null;
        }
        return text;
    }

    private static JsonObject detail(JsonObject json, List<Violation> violations) {
        JsonValue value = json.get("detail");
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            violations.add(new Violation("detail", "must be a JSON object"));
            return null;
        }
        return value.asJsonObject();
    }

    private static String optionalText(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING
                || json.getString(field).isBlank()
                || json.getString(field).length() > MAX_NAME) {
            violations.add(new Violation(field, "must be a non-empty string of at most " + MAX_NAME + " characters"));
            return null;
        }
        return json.getString(field);
    }

    public JsonObject toJson() {
        var builder = Json.createObjectBuilder()
                .add("source", source)
                .add("type", type)
                .add("detail", detail);
        correlationId.ifPresent(id -> builder.add("correlation_id", id));
        return builder.build();
    }
}
