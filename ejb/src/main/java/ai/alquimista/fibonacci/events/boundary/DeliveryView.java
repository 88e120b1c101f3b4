package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** The relay of an event to its queue (an outbox row): sent, or how often it was tried and why it failed. */
public record DeliveryView(
        String queue,
        int attempts,
        @JsonbProperty("sent_at") Instant sentAt,
        @JsonbProperty("last_error") String lastError) {

    static DeliveryView of(OutboxMessage message) {
        return new DeliveryView(message.getQueue(), message.getAttempts(), message.getSentAt(), message.getLastError());
    }
}
