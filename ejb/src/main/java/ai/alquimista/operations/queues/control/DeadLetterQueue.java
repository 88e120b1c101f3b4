package ai.alquimista.operations.queues.control;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueDirectory;
import ai.alquimista.operations.queues.boundary.DeadLetter;
import ai.alquimista.operations.queues.boundary.Redrive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Reads and empties a dead-letter queue with plain SQS calls, so it works the same on Amazon SQS and on ElasticMQ
 * (SQS's StartMessageMoveTask moves everything or nothing, keeps the failure attributes, and ElasticMQ need not
 * implement it).
 *
 * <p>Peeking receives the messages with a short hold and then makes them visible again at once; the dead-letter
 * queue has no redrive policy, so the extra receives cost nothing. Redriving sends a message's body and attributes,
 * minus those the dead-lettering added, to the queue it came from and only then deletes it from the dead-letter
 * queue: a crash in between leaves it on both, and the consumers are idempotent.
 */
@ApplicationScoped
public class DeadLetterQueue {

    /** At most this many messages are moved by one request; the operator asks again for the rest. */
    public static final int MAX_REDRIVE = 10_000;

    private static final Logger LOG = Logger.getLogger(DeadLetterQueue.class.getName());
    private static final int BATCH = 10;
    private static final int HOLD_SECONDS = 120;
    private static final int WAIT_SECONDS = 1;

    @Inject
    SqsClient sqs;

    @Inject
    QueueDirectory directory;

    /** Up to {@code limit} messages of the queue's dead-letter queue, oldest first as SQS hands them out. */
    public List<DeadLetter> peek(Queue queue, int limit) {
        String deadLetters = directory.url(new QueueAddress(queue, true));
        if (isEmpty(deadLetters)) {
            return List.of();
        }
        Map<String, Message> distinct = new LinkedHashMap<>();
        List<Message> held = new ArrayList<>();
        try {
            while (distinct.size() < limit) {
                List<Message> batch = receive(deadLetters, Math.min(BATCH, limit - distinct.size()));
                held.addAll(batch);
                boolean anyNew = false;
                for (Message message : batch) {
                    anyNew |= distinct.putIfAbsent(message.messageId(), message) == null;
                }
                if (!anyNew) {
                    break;
                }
            }
        } finally {
            release(deadLetters, held);
        }
        return distinct.values().stream().map(DeadLetterQueue::deadLetter).toList();
    }

    /**
     * Sends the messages of the queue's dead-letter queue back to the queue and deletes them from the dead-letter
     * queue: those whose SQS ids are given, or every one (up to {@link #MAX_REDRIVE}) when {@code messageIds} is
     * empty.
     */
    public Redrive redrive(Queue queue, Set<String> messageIds) {
        boolean all = messageIds.isEmpty();
        Set<String> wanted = new LinkedHashSet<>(messageIds);
        String source = directory.url(new QueueAddress(queue, false));
        String deadLetters = directory.url(new QueueAddress(queue, true));
        List<Message> held = new ArrayList<>();
        Set<String> passedOver = new HashSet<>();
        int moved = 0;
        try {
            while ((all ? moved < MAX_REDRIVE : !wanted.isEmpty()) && !isEmpty(deadLetters)) {
                List<Message> batch = receive(deadLetters, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                boolean progress = false;
                for (Message message : batch) {
                    if ((all && moved < MAX_REDRIVE) || wanted.remove(message.messageId())) {
                        moveBack(source, deadLetters, message);
                        moved++;
                        progress = true;
                    } else {
                        held.add(message);
                        progress |= passedOver.add(message.messageId());
                    }
                }
                if (!progress) {
                    break;
                }
            }
        } finally {
            release(deadLetters, held);
        }
        int count = moved;
        LOG.info(() -> count + " message(s) redriven from " + queue.logicalName() + Queue.DEAD_LETTER_SUFFIX);
        return new Redrive(queue.logicalName(), moved, List.copyOf(wanted));
    }

    private void moveBack(String source, String deadLetters, Message message) {
        Map<String, MessageAttributeValue> attributes = new TreeMap<>(message.messageAttributes());
        attributes.keySet().removeIf(DeadLetter::isFailureAttribute);
        sqs.sendMessage(r -> r.queueUrl(source).messageBody(message.body()).messageAttributes(attributes));
        sqs.deleteMessage(r -> r.queueUrl(deadLetters).receiptHandle(message.receiptHandle()));
    }

    private boolean isEmpty(String url) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(
                        r -> r.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes();
        return Long.parseLong(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")) == 0;
    }

    private List<Message> receive(String url, int count) {
        return sqs.receiveMessage(r -> r.queueUrl(url)
                        .maxNumberOfMessages(count)
                        .visibilityTimeout(HOLD_SECONDS)
                        .waitTimeSeconds(WAIT_SECONDS)
                        .messageAttributeNames("All")
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                .messages();
    }

    /** Makes held messages visible again at once; a handle already stale (its hold ran out) needs nothing. */
    private void release(String url, List<Message> held) {
        for (int from = 0; from < held.size(); from += BATCH) {
            List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
            List<Message> slice = held.subList(from, Math.min(held.size(), from + BATCH));
            for (int i = 0; i < slice.size(); i++) {
                entries.add(ChangeMessageVisibilityBatchRequestEntry.builder()
                        .id(String.valueOf(i))
                        .receiptHandle(slice.get(i).receiptHandle())
                        .visibilityTimeout(0)
                        .build());
            }
            var failed = sqs.changeMessageVisibilityBatch(r -> r.queueUrl(url).entries(entries))
                    .failed();
            if (!failed.isEmpty()) {
                LOG.info(() -> failed.size() + " dead letter(s) could not be made visible at once ("
                        + failed.get(0).code() + "); they are visible again when their hold of " + HOLD_SECONDS
                        + " s ends");
            }
        }
    }

    private static DeadLetter deadLetter(Message message) {
        Map<String, String> attributes = new TreeMap<>();
        message.messageAttributes().forEach((name, value) -> attributes.put(name, text(value)));
        Map<MessageSystemAttributeName, String> system = message.attributes();
        String sent = system.get(MessageSystemAttributeName.SENT_TIMESTAMP);
        return new DeadLetter(
                message.messageId(),
                message.body(),
                attributes,
                attributes.get(DeadLetter.FAILURE_REASON),
                attributes.get(DeadLetter.FAILURE_QUEUE),
                attributes.get(DeadLetter.FAILED_AT),
                attributes.get(DeadLetter.RECEIVE_COUNT),
                Integer.parseInt(system.getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "0")),
                sent == null ? null : Instant.ofEpochMilli(Long.parseLong(sent)));
    }

    private static String text(MessageAttributeValue value) {
        if (value.stringValue() != null) {
            return value.stringValue();
        }
        return value.binaryValue() == null
                ? null
                : Base64.getEncoder().encodeToString(value.binaryValue().asByteArray());
    }
}
