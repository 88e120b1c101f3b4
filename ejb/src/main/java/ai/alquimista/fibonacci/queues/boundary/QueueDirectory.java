package ai.alquimista.fibonacci.queues.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.queues.QueueAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * Queue URLs by name. Locally it creates missing queues (each with its dead-letter queue and the
 * attributes of {@link Queue}); on AWS, where CloudFormation owns them, it uses them as they are.
 */
@ApplicationScoped
public class QueueDirectory {

    private static final Logger LOG = Logger.getLogger(QueueDirectory.class.getName());

    @Inject
    SqsClient sqs;

    @Inject
    SqsSettings settings;

    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public String url(QueueAddress address) {
        String name = settings.physicalName(address);
        String cached = urls.get(name);
        return cached != null ? cached : urls.computeIfAbsent(name, missing -> lookUp(address));
    }

    public String url(Queue queue) {
        return url(new QueueAddress(queue, false));
    }

    /** Forgets a URL, e.g. after the queue was deleted, so the next call looks it up again. */
    public void forget(QueueAddress address) {
        urls.remove(settings.physicalName(address));
    }

    public void provisionAll() {
        for (Queue queue : Queue.values()) {
            url(queue);
        }
    }

    private String lookUp(QueueAddress address) {
        String name = settings.physicalName(address);
        try {
            return sqs.getQueueUrl(r -> r.queueName(name)).queueUrl();
        } catch (QueueDoesNotExistException e) {
            if (!settings.createMissingQueues()) {
                throw e;
            }
            return create(address.queue(), address.deadLetter());
        }
    }

    private String create(Queue queue, boolean deadLetterOnly) {
        String deadLetterName = queue.deadLetterName(settings.environment());
        String deadLetterUrl = sqs.createQueue(
                        r -> r.queueName(deadLetterName).attributesWithStrings(Queue.deadLetterAttributes()))
                .queueUrl();
        if (deadLetterOnly) {
            return deadLetterUrl;
        }
        String deadLetterArn = sqs.getQueueAttributes(
                        r -> r.queueUrl(deadLetterUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        String url = sqs.createQueue(r -> r.queueName(queue.physicalName(settings.environment()))
                        .attributesWithStrings(queue.attributes(deadLetterArn)))
                .queueUrl();
        LOG.info(() -> "created queue " + queue.physicalName(settings.environment()) + " with dead-letter queue "
                + deadLetterName);
        return url;
    }
}
