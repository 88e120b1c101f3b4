package ai.alquimista.operations.queues.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.Map;

/**
 * A message on a dead-letter queue as an operator sees it: its SQS id, body and message attributes, why and where it
 * failed (the attributes the resource adapter puts on a message it dead-letters), how often the dead-letter queue
 * handed it out, and when it was sent there.
 */
public record DeadLetter(
        @JsonbProperty("message_id") String messageId,
        String body,
        Map<String, String> attributes,
        @JsonbProperty("failure_reason") String failureReason,
        @JsonbProperty("failure_queue") String failureQueue,
        @JsonbProperty("failed_at") String failedAt,
        @JsonbProperty("receive_count") String receiveCount,
        @JsonbProperty("approximate_receive_count") int approximateReceiveCount,
        @JsonbProperty("sent_at") Instant sentAt) {

    public static final String FAILURE_REASON = "failure_reason";
    public static final String FAILURE_QUEUE = "failure_queue";
    public static final String FAILED_AT = "failed_at";
    public static final String RECEIVE_COUNT = "receive_count";

    /** The attributes a dead-lettering adds; a redriven message goes back without them. */
    public static boolean isFailureAttribute(String name) {
        return FAILURE_REASON.equals(name)
                || FAILURE_QUEUE.equals(name)
                || FAILED_AT.equals(name)
                || RECEIVE_COUNT.equals(name);
    }
}
