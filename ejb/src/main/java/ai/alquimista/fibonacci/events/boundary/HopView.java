package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.traces.entity.Trace;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** One hop an agent made with an event (a trace row). */
public record HopView(
        String agent,
        String status,
        @JsonbProperty("created_at") Instant createdAt,
        String decision,
        @JsonbProperty("message_id") String messageId) {

    static HopView of(Trace trace) {
        return new HopView(
                trace.getAgent(), trace.getStatus(), trace.getCreatedAt(), trace.getDecision(), trace.getMessageId());
    }
}
