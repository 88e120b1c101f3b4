package ai.alquimista.fibonacci.queues.boundary;

import ai.alquimista.fibonacci.queues.QueueAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/** Puts a message on a queue. Never call it inside a transaction whose rollback must undo the send. */
@ApplicationScoped
public class QueueSender {

    @Inject
    SqsClient sqs;

    @Inject
    QueueDirectory directory;

    public String send(QueueAddress address, String body, Map<String, String> attributes) {
        Map<String, MessageAttributeValue> values = new HashMap<>();
        attributes.forEach((name, value) -> values.put(
                name,
                MessageAttributeValue.builder()
                        .dataType("String")
                        .stringValue(value)
                        .build()));
        try {
            return sqs.sendMessage(r ->
                            r.queueUrl(directory.url(address)).messageBody(body).messageAttributes(values))
                    .messageId();
        } catch (QueueDoesNotExistException e) {
            directory.forget(address);
            throw e;
        }
    }
}
