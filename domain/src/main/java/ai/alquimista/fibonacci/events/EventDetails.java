package ai.alquimista.fibonacci.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;

/** Turns an {@link AgentEvent} into the detail of an event on the bus and back, with JSON-B in snake_case. */
public final class EventDetails {

    private static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    private EventDetails() {}

    /** What Fibonacci stores and routes: the record's components plus the tenant's FractalEvent context. */
    public static EventSubmission submission(AgentEvent event, UUID tenantId) {
        JsonObject detail = Json.createObjectBuilder(object(event))
                .add("context", EventSubmission.tenantContext(tenantId))
                .build();
        return new EventSubmission(event.source(), event.type(), detail, Optional.ofNullable(event.correlationId()));
    }

    /**
     * The detail read as the record of its type.
     *
     * @throws MalformedEvent naming what does not fit, so the message ends in the dead-letter queue with the reason
     */
    public static <T extends AgentEvent> T read(String type, JsonObject detail, Class<T> record) {
        try {
            T event = JSONB.fromJson(detail.toString(), record);
            if (event == null) {
                throw new MalformedEvent("the detail of a " + type + " event is empty");
            }
            return event;
        } catch (JsonbException e) {
            throw new MalformedEvent("the detail of a " + type + " event " + reason(e), e);
        }
    }

    private static JsonObject object(AgentEvent event) {
        try (var reader = Json.createReader(new StringReader(JSONB.toJson(event)))) {
            return reader.readObject();
        }
    }

    /** Yasson wraps the record constructor's own refusal: the innermost cause says what is wrong. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof Required.MissingField) {
            return cause.getMessage();
        }
        return "does not fit it: "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
}
