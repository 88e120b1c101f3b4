package ai.alquimista.sqs.adapter;

import jakarta.jms.JMSException;
import jakarta.jms.MessageListener;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * One session: receives up to {@code prefetch} messages at a time and delivers them one by one to
 * its message endpoint. A message is deleted only after the endpoint's transaction commits (the
 * batch's commits are deleted together). A delivery that failed because the database is
 * unreachable hands its message back (a fresh copy, so it does not count towards dead-lettering)
 * and closes the adapter's gate; any other failure postpones the message, and on the queue's last
 * receive moves it to the dead-letter queue itself, with the failure's reason.
 */
final class SessionWorker implements Runnable {

    static final String INFRASTRUCTURE_RETURNS = "infrastructure_returns";
    static final String FAILURE_REASON = "failure_reason";
    static final String FAILURE_QUEUE = "failure_queue";
    static final String FAILED_AT = "failed_at";
    static final String RECEIVE_COUNT = "receive_count";
    static final String ORIGINAL_MESSAGE_ID = "original_message_id";

    private static final Logger LOG = Logger.getLogger(SessionWorker.class.getName());
    private static final Duration GATE_WAIT = Duration.ofSeconds(1);
    private static final long RECONNECT_DELAY_MS = 2_000;
    private static final int MAX_ATTRIBUTES = 10;
    private static final int MAX_REASON = 4_096;
    private static final int BATCH = 10;

    private final QueuePoller poller;
    private final MessageEndpointFactory factory;
    private final ConsumerSettings settings;
    private final AdapterServices services;
    private final DeliveryOutcome outcome = new DeliveryOutcome();
    private volatile boolean running = true;

    SessionWorker(QueuePoller poller, MessageEndpointFactory factory) {
        this.poller = poller;
        this.factory = factory;
        this.settings = poller.settings();
        this.services = poller.services();
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        MessageEndpoint endpoint = null;
        try {
            while (running) {
                try {
                    if (!services.gate().awaitOpen(GATE_WAIT)) {
                        continue;
                    }
                    QueueInfo queue = poller.queue();
                    if (endpoint == null) {
                        endpoint = factory.createEndpoint(outcome);
                    }
                    List<Message> batch = receive(queue);
                    poller.polled();
                    if (!batch.isEmpty()) {
                        deliverAll((MessageListener) endpoint, queue, batch);
                    }
                } catch (SdkException | UnavailableException e) {
                    // At deployment the beans activate before the application has created its queues.
                    Level level = e instanceof QueueDoesNotExistException
                                    || String.valueOf(e.getMessage()).contains("QueueDoesNotExist")
                            ? Level.INFO
                            : Level.WARNING;
                    LOG.log(level, "queue " + settings.queueName() + " unavailable, retrying: " + e.getMessage());
                    pause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (endpoint != null) {
                endpoint.release();
            }
        }
    }

    private List<Message> receive(QueueInfo queue) {
        return poller.sqs()
                .receiveMessage(r -> r.queueUrl(queue.url())
                        .maxNumberOfMessages(settings.prefetch())
                        .waitTimeSeconds(ConsumerSettings.LONG_POLL_CAP_SECONDS)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All"))
                .messages();
    }

    private void deliverAll(MessageListener listener, QueueInfo queue, List<Message> batch) {
        Map<Message, VisibilityKeeper.Lease> held = new LinkedHashMap<>();
        for (Message message : batch) {
            held.put(
                    message,
                    services.keeper()
                            .hold(poller.sqs(), queue.url(), message.receiptHandle(), queue.visibilitySeconds()));
        }
        poller.inFlight(batch.size());
        List<Message> committed = new ArrayList<>();
        try {
            for (Message message : batch) {
                if (!running || !services.gate().isOpen()) {
                    // not delivered: back to the queue as it was, no receive counted against it
                    handBack(queue, message, infrastructureReturns(message));
                } else if (deliver(listener, queue, message)) {
                    committed.add(message);
                    continue;
                }
                held.get(message).release();
            }
        } finally {
            acknowledge(queue, committed);
            held.values().forEach(VisibilityKeeper.Lease::release);
            poller.inFlight(-batch.size());
        }
    }

    /** True when the endpoint's transaction committed: the message is to be deleted. */
    private boolean deliver(MessageListener listener, QueueInfo queue, Message message) {
        int receiveCount = InboundMessages.receiveCount(message);
        RuntimeException failure = null;
        outcome.reset();
        try {
            listener.onMessage(InboundMessages.toJms(message, queue.url()));
        } catch (JMSException e) {
            failure = new IllegalArgumentException("not a message the adapter can deliver: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            failure = e;
        }
        if (failure == null && !outcome.rolledBack()) {
            return true;
        }
        if (!running || ShutdownSignal.started()) {
            // the consumer or the whole server is stopping around this delivery: not the message's fault
            handBack(queue, message, infrastructureReturns(message));
            return false;
        }
        if (failure != null && Failures.isInfrastructure(failure)) {
            int returns = infrastructureReturns(message);
            if (returns < services.maxInfrastructureReturns()) {
                services.gate().close(settings.logicalQueue(), Failures.reason(failure));
                handBack(queue, message, returns + 1);
                return false;
            }
            LOG.warning(() -> "message " + message.messageId() + " on " + settings.queueName() + " was handed back "
                    + returns
                    + " times for an unreachable database; its failures now count towards its dead-letter queue");
        }
        String reason = failure == null ? "the transaction rolled back" : Failures.reason(failure);
        LOG.log(Level.FINE, "delivery failed on " + settings.queueName(), failure);
        if (queue.lastReceive(receiveCount)) {
            deadLetter(queue, message, receiveCount, reason);
        } else {
            postpone(queue, message, receiveCount, reason);
        }
        return false;
    }

    /**
     * A copy goes back to the queue (a new message: its receive count starts again) and the original is deleted. The
     * copy keeps the original's id ({@value #ORIGINAL_MESSAGE_ID}, its {@code JMSMessageID} when delivered), so
     * whatever a consumer keys on the message id (idempotency, traces) follows the message, and a copy that meets its
     * original (the delete failed) is recognised as the same message.
     */
    private void handBack(QueueInfo queue, Message message, int infrastructureReturns) {
        Map<String, MessageAttributeValue> extra = new HashMap<>();
        extra.put(ORIGINAL_MESSAGE_ID, text(originalId(message)));
        if (infrastructureReturns > 0) {
            extra.put(INFRASTRUCTURE_RETURNS, number(infrastructureReturns));
        }
        try {
            send(queue.url(), message, extra);
            delete(queue, message);
        } catch (SdkException e) {
            LOG.log(
                    Level.WARNING,
                    "cannot hand message " + message.messageId() + " back to " + settings.queueName()
                            + "; SQS redelivers it when its visibility ends",
                    e);
        }
    }

    private void deadLetter(QueueInfo queue, Message message, int receiveCount, String reason) {
        Map<String, MessageAttributeValue> extra = new HashMap<>();
        extra.put(FAILURE_REASON, text(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason));
        extra.put(FAILURE_QUEUE, text(settings.logicalQueue()));
        extra.put(FAILED_AT, text(services.clock().instant().toString()));
        extra.put(RECEIVE_COUNT, number(receiveCount));
        extra.put(ORIGINAL_MESSAGE_ID, text(originalId(message)));
        try {
            send(queue.deadLetterUrl().orElseThrow(), message, extra);
            delete(queue, message);
            poller.deadLettered();
            LOG.warning(() -> "message " + message.messageId() + " on " + settings.queueName()
                    + " moved to its dead-letter queue after " + receiveCount + " receives: " + reason);
        } catch (SdkException e) {
            LOG.log(
                    Level.WARNING,
                    "cannot move message " + message.messageId() + " to the dead-letter queue of "
                            + settings.queueName() + " (" + reason + "); SQS's redrive policy moves it",
                    e);
            postpone(queue, message, receiveCount, reason);
        }
    }

    /** The id of the message as first sent: a copy's {@value #ORIGINAL_MESSAGE_ID}, else its own. */
    static String originalId(Message message) {
        MessageAttributeValue original = message.messageAttributes().get(ORIGINAL_MESSAGE_ID);
        return original == null
                        || original.stringValue() == null
                        || original.stringValue().isBlank()
                ? message.messageId()
                : original.stringValue();
    }

    private void postpone(QueueInfo queue, Message message, int receiveCount, String reason) {
        int delay = settings.redeliveryDelay(receiveCount);
        poller.sqs()
                .changeMessageVisibility(r -> r.queueUrl(queue.url())
                        .receiptHandle(message.receiptHandle())
                        .visibilityTimeout(delay));
        LOG.info(() -> "message " + message.messageId() + " on " + settings.queueName() + " not processed (receive "
                + receiveCount + ": " + reason + "), redelivery in " + delay + " s");
    }

    private void send(String queueUrl, Message message, Map<String, MessageAttributeValue> extra) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>(extra);
        for (Map.Entry<String, MessageAttributeValue> original :
                message.messageAttributes().entrySet()) {
            if (attributes.size() >= MAX_ATTRIBUTES && !attributes.containsKey(original.getKey())) {
                LOG.warning(() -> "message " + message.messageId() + ": attribute " + original.getKey()
                        + " dropped from its copy (SQS allows " + MAX_ATTRIBUTES + ")");
            } else {
                attributes.putIfAbsent(original.getKey(), original.getValue());
            }
        }
        poller.sqs()
                .sendMessage(
                        r -> r.queueUrl(queueUrl).messageBody(message.body()).messageAttributes(attributes));
    }

    private void delete(QueueInfo queue, Message message) {
        poller.sqs().deleteMessage(r -> r.queueUrl(queue.url()).receiptHandle(message.receiptHandle()));
    }

    /** Deletes the committed messages, ten per request. */
    private void acknowledge(QueueInfo queue, List<Message> committed) {
        SqsClient sqs = poller.sqs();
        for (int from = 0; from < committed.size(); from += BATCH) {
            List<Message> chunk = committed.subList(from, Math.min(committed.size(), from + BATCH));
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder()
                        .id(String.valueOf(i))
                        .receiptHandle(chunk.get(i).receiptHandle())
                        .build());
            }
            try {
                for (BatchResultErrorEntry failed : sqs.deleteMessageBatch(
                                r -> r.queueUrl(queue.url()).entries(entries))
                        .failed()) {
                    LOG.warning(() -> "processed message "
                            + chunk.get(Integer.parseInt(failed.id())).messageId()
                            + " on " + settings.queueName() + " not deleted (" + failed.code() + " "
                            + failed.message() + "): it comes again and its consumer skips it");
                }
            } catch (SdkException e) {
                LOG.log(
                        Level.WARNING,
                        chunk.size() + " processed messages on " + settings.queueName()
                                + " not deleted: they come again and their consumers skip them",
                        e);
            }
        }
    }

    private static int infrastructureReturns(Message message) {
        MessageAttributeValue value = message.messageAttributes().get(INFRASTRUCTURE_RETURNS);
        if (value == null || value.stringValue() == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.stringValue().trim());
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "ignoring a malformed " + INFRASTRUCTURE_RETURNS + " attribute", e);
            return 0;
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }

    private static MessageAttributeValue number(int value) {
        return MessageAttributeValue.builder()
                .dataType("Number.int")
                .stringValue(String.valueOf(value))
                .build();
    }

    private void pause() throws InterruptedException {
        Thread.sleep(RECONNECT_DELAY_MS);
    }
}
