package ai.alquimista.operations.queues.control;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueDirectory;
import ai.alquimista.fibonacci.queues.boundary.SqsSettings;
import ai.alquimista.operations.queues.boundary.QueueDepth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Depth, in-flight, delayed and dead-letter depth of every queue, as SQS reports them (approximate). */
@ApplicationScoped
public class QueueStatistics {

    @Inject
    SqsClient sqs;

    @Inject
    QueueDirectory directory;

    @Inject
    SqsSettings settings;

    public List<QueueDepth> all() {
        List<QueueDepth> depths = new ArrayList<>();
        for (Queue queue : Queue.values()) {
            depths.add(depth(queue));
        }
        return depths;
    }

    public QueueDepth depth(Queue queue) {
        Map<QueueAttributeName, String> main = attributes(new QueueAddress(queue, false));
        Map<QueueAttributeName, String> dead = attributes(new QueueAddress(queue, true));
        return new QueueDepth(
                queue.logicalName(),
                queue.physicalName(settings.environment()),
                number(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                number(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                number(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED),
                number(dead, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    /** Every message the queue holds: visible, in flight and delayed. */
    public long held(QueueAddress address) {
        Map<QueueAttributeName, String> attributes = attributes(address);
        return number(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                + number(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)
                + number(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED);
    }

    private Map<QueueAttributeName, String> attributes(QueueAddress address) {
        return sqs.getQueueAttributes(r -> r.queueUrl(directory.url(address))
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
                .attributes();
    }

    private static long number(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        return Long.parseLong(attributes.getOrDefault(name, "0"));
    }
}
