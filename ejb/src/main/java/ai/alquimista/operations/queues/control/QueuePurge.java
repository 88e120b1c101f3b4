package ai.alquimista.operations.queues.control;

import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueDirectory;
import ai.alquimista.shared.errors.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;

/** Empties a queue with SQS's PurgeQueue: every message it holds, visible, in flight or delayed, is deleted. */
@ApplicationScoped
public class QueuePurge {

    @Inject
    SqsClient sqs;

    @Inject
    QueueDirectory directory;

    @Inject
    QueueStatistics statistics;

    /** @return how many messages the queue held just before (SQS's approximate count) */
    public long purge(QueueAddress address) {
        long held = statistics.held(address);
        try {
            sqs.purgeQueue(r -> r.queueUrl(directory.url(address)));
        } catch (PurgeQueueInProgressException e) {
            throw new Conflict("queue " + address.displayName()
                    + " was purged less than 60 s ago: SQS allows one purge a minute; try again shortly");
        }
        return held;
    }
}
