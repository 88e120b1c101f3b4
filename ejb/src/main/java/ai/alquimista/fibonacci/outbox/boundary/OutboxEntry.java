package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row as operators see it: where it goes, how often it failed and why, and when it is tried next. Not
 * its body, which may hold a tenant's data (the event it carries is readable, audited, at {@code GET /events/{id}}).
 */
public record OutboxEntry(
        UUID id,
        @JsonbProperty("event_id") UUID eventId,
        String queue,
        String state,
        int attempts,
        @JsonbProperty("last_error") String lastError,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("next_attempt_at") Instant nextAttemptAt,
        @JsonbProperty("dead_at") Instant deadAt,
        @JsonbProperty("sent_at") Instant sentAt) {

    static OutboxEntry of(OutboxMessage message) {
        return new OutboxEntry(
                message.getId(),
                message.getEventId(),
                message.getQueue(),
                message.state().label(),
                message.getAttempts(),
                message.getLastError(),
                message.getCreatedAt(),
                message.getNextAttemptAt(),
                message.getDeadAt(),
                message.getSentAt());
    }
}
