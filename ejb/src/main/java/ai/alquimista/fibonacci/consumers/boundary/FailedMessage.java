package ai.alquimista.fibonacci.consumers.boundary;

import ai.alquimista.fibonacci.consumers.entity.MessageFailure;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** One failed receive of a message: why it failed, and its body as received (when it was text). */
public record FailedMessage(
        @JsonbProperty("message_id") String messageId,
        @JsonbProperty("receive_count") int receiveCount,
        String reason,
        @JsonbProperty("failed_at") Instant failedAt,
        String body) {

    static FailedMessage of(MessageFailure failure) {
        return new FailedMessage(
                failure.getMessageId(),
                failure.getReceiveCount(),
                failure.getReason(),
                failure.getFailedAt(),
                failure.getBody());
    }
}
