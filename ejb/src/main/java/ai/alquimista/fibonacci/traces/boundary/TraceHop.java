package ai.alquimista.fibonacci.traces.boundary;

import ai.alquimista.fibonacci.traces.entity.Trace;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * One agent's hop with an event: when it started, how long the message waited for it ({@code queued_ms}, from the
 * moment the outbox handed the event to SQS, or from its creation when it never went through the outbox) and how
 * long the agent took ({@code duration_ms}; absent for hops recorded before durations were).
 */
public record TraceHop(
        String agent,
        String decision,
        String status,
        @JsonbProperty("started_at") Instant startedAt,
        @JsonbProperty("queued_ms") long queuedMs,
        @JsonbProperty("duration_ms") Integer durationMs) {

    static TraceHop of(Trace hop, Instant waitingSince) {
        long queued =
                Math.max(0, Duration.between(waitingSince, hop.getCreatedAt()).toMillis());
        return new TraceHop(
                hop.getAgent(), hop.getDecision(), hop.getStatus(), hop.getCreatedAt(), queued, hop.getDurationMs());
    }

    Instant endedAt() {
        return durationMs == null ? startedAt : startedAt.plusMillis(durationMs);
    }
}
