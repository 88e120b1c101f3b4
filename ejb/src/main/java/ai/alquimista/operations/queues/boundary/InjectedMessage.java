package ai.alquimista.operations.queues.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message an operator put on a queue: its SQS id and the queue it went to. */
@Schema(description = "The SQS id of the message put on the queue, and the queue")
public record InjectedMessage(@JsonbProperty("message_id") String messageId, String queue) {}
