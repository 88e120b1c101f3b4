package ai.alquimista.fibonacci.events;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The FractalEvent protocol of seed 001 §3, checked where a detail uses it: every field is optional,
 * but a field that is present must have the protocol's type and values.
 */
final class FractalEventRules {

    private static final Set<String> SOURCES = Set.of("whatsapp", "email", "web");
    private static final Set<String> INTENTS = Set.of("question", "interest", "objection", "refusal", "descadastro");
    private static final Set<String> ACTIONS =
            Set.of("forward_to_scheduler", "nurture", "disqualify", "escalate_human");

    private FractalEventRules() {}

    static void check(JsonObject detail, List<Violation> violations) {
        uuid(detail, "lead_id", "detail.lead_id", violations);
        object(detail, "context", "detail.context", violations).ifPresent(context -> {
            oneOf(context, "source", "detail.context.source", SOURCES, violations);
            object(context, "metadata", "detail.context.metadata", violations).ifPresent(metadata -> {
                uuid(metadata, "tenant_id", "detail.context.metadata.tenant_id", violations);
                uuid(metadata, "campaign_id", "detail.context.metadata.campaign_id", violations);
            });
        });
        object(detail, "classification", "detail.classification", violations).ifPresent(classification -> {
            oneOf(classification, "intent", "detail.classification.intent", INTENTS, violations);
            priority(classification, violations);
            if (present(classification, "authentic_need")
                    && !(classification.get("authentic_need") == JsonValue.TRUE
                            || classification.get("authentic_need") == JsonValue.FALSE)) {
                violations.add(new Violation("detail.classification.authentic_need", "must be true or false"));
            }
        });
        oneOf(detail, "proposed_action", "detail.proposed_action", ACTIONS, violations);
        logs(detail, violations);
    }

    static Optional<UUID> tenantId(JsonObject detail) {
        if (detail == null) {
            return Optional.empty();
        }
        JsonValue context = detail.get("context");
        if (context == null || context.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        JsonValue metadata = context.asJsonObject().get("metadata");
        if (metadata == null || metadata.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        JsonValue tenant = metadata.asJsonObject().get("tenant_id");
        if (tenant == null || tenant.getValueType() != JsonValue.ValueType.STRING) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(metadata.asJsonObject().getString("tenant_id")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void priority(JsonObject classification, List<Violation> violations) {
        if (!present(classification, "priority")) {
            return;
        }
        JsonValue value = classification.get("priority");
        if (value.getValueType() != JsonValue.ValueType.NUMBER
                || !classification.getJsonNumber("priority").isIntegral()
                || classification.getJsonNumber("priority").longValue() < 0
                || classification.getJsonNumber("priority").longValue() > 100) {
            violations.add(new Violation("detail.classification.priority", "must be a whole number from 0 to 100"));
        }
    }

    private static void logs(JsonObject detail, List<Violation> violations) {
        if (!present(detail, "logs")) {
            return;
        }
        if (detail.get("logs").getValueType() != JsonValue.ValueType.ARRAY) {
            violations.add(new Violation("detail.logs", "must be an array"));
            return;
        }
        var logs = detail.getJsonArray("logs");
        for (int i = 0; i < logs.size(); i++) {
            String field = "detail.logs[" + i + "]";
            if (logs.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                violations.add(new Violation(field, "must be an object {timestamp, agent, decision, trace_id}"));
                continue;
            }
            JsonObject log = logs.getJsonObject(i);
            timestamp(log, field + ".timestamp", violations);
            uuid(log, "trace_id", field + ".trace_id", violations);
        }
    }

    private static void timestamp(JsonObject json, String field, List<Violation> violations) {
        if (!present(json, "timestamp")) {
            return;
        }
        try {
            Instant.parse(text(json, "timestamp"));
        } catch (DateTimeParseException | IllegalStateException e) {
            violations.add(new Violation(field, "must be an ISO-8601 instant such as 2025-01-31T12:00:00Z"));
        }
    }

    private static Optional<JsonObject> object(JsonObject json, String key, String field, List<Violation> violations) {
        if (!present(json, key)) {
            return Optional.empty();
        }
        if (json.get(key).getValueType() != JsonValue.ValueType.OBJECT) {
            violations.add(new Violation(field, "must be a JSON object"));
            return Optional.empty();
        }
        return Optional.of(json.getJsonObject(key));
    }

    private static void uuid(JsonObject json, String key, String field, List<Violation> violations) {
        if (!present(json, key)) {
            return;
        }
        try {
            UUID.fromString(text(json, key));
        } catch (IllegalArgumentException | IllegalStateException e) {
            violations.add(new Violation(field, "must be a UUID"));
        }
    }

    private static void oneOf(
            JsonObject json, String key, String field, Set<String> allowed, List<Violation> violations) {
        if (!present(json, key)) {
            return;
        }
        if (json.get(key).getValueType() != JsonValue.ValueType.STRING || !allowed.contains(json.getString(key))) {
            violations.add(new Violation(
                    field,
                    "must be one of "
                            + String.join(", ", allowed.stream().sorted().toList())));
        }
    }

    private static boolean present(JsonObject json, String key) {
        return json.containsKey(key) && json.get(key) != JsonValue.NULL;
    }

    private static String text(JsonObject json, String key) {
        if (json.get(key).getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalStateException(key + " is not a string");
        }
        return json.getString(key);
    }
}
