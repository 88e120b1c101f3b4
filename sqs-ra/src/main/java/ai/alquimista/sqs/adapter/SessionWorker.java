package ai.alquimista.sqs.adapter;

import com.amazon.sqs.javamessaging.SQSConnection;
import com.amazon.sqs.javamessaging.SQSMessagingClientConstants;
import com.amazon.sqs.javamessaging.SQSSession;
import com.amazon.sqs.javamessaging.message.SQSMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.Session;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * One SQS JMS session delivering to one message endpoint, one message at a time. A message is
 * deleted only after the endpoint's transaction commits; otherwise its visibility is set to a
 * growing delay so SQS redelivers it and, after the queue's maxReceiveCount, moves it to the DLQ.
 */
final class SessionWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(SessionWorker.class.getName());
    private static final long RECEIVE_TIMEOUT_MS = 500;
    private static final long RECONNECT_DELAY_MS = 2_000;

    private final MessageEndpointFactory factory;
    private final SQSConnection connection;
    private final SqsClient sqs;
    private final ConsumerSettings settings;
    private final DeliveryOutcome outcome = new DeliveryOutcome();
    private volatile boolean running = true;

    SessionWorker(MessageEndpointFactory factory, SQSConnection connection, SqsClient sqs, ConsumerSettings settings) {
        this.factory = factory;
        this.connection = connection;
        this.sqs = sqs;
        this.settings = settings;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                consume();
            } catch (JMSException | SdkException | UnavailableException e) {
                // At deployment the beans activate before the application has created its queues.
                Level level = String.valueOf(e.getMessage()).contains("QueueDoesNotExist")
                                || e.getCause() instanceof QueueDoesNotExistException
                        ? Level.INFO
                        : Level.WARNING;
                LOG.log(level, "queue " + settings.queueName() + " unavailable, retrying: " + e.getMessage());
                pause();
            }
        }
    }

    private void consume() throws JMSException, UnavailableException {
        Session session = connection.createSession(false, SQSSession.UNORDERED_ACKNOWLEDGE);
        MessageEndpoint endpoint = factory.createEndpoint(outcome);
        try {
            MessageConsumer consumer = session.createConsumer(session.createQueue(settings.queueName()));
            while (running) {
                Message message = consumer.receive(RECEIVE_TIMEOUT_MS);
                if (message != null) {
                    deliver((MessageListener) endpoint, message);
                }
            }
        } finally {
            endpoint.release();
            BackgroundClose.run(settings.queueName(), session::close, () -> {});
        }
    }

    private void deliver(MessageListener listener, Message message) throws JMSException {
        outcome.reset();
        boolean failed = false;
        try {
            listener.onMessage(message);
        } catch (RuntimeException e) {
            failed = true;
            LOG.log(Level.FINE, "delivery failed on " + settings.queueName(), e);
        }
        if (failed || outcome.rolledBack()) {
            postpone(message);
        } else {
            message.acknowledge();
        }
    }

    private void postpone(Message message) throws JMSException {
        SQSMessage sqsMessage = (SQSMessage) message;
        int receiveCount = message.propertyExists(SQSMessagingClientConstants.JMSX_DELIVERY_COUNT)
                ? message.getIntProperty(SQSMessagingClientConstants.JMSX_DELIVERY_COUNT)
                : 1;
        int delay = settings.redeliveryDelay(receiveCount);
        sqs.changeMessageVisibility(request -> request.queueUrl(sqsMessage.getQueueUrl())
                .receiptHandle(sqsMessage.getReceiptHandle())
                .visibilityTimeout(delay));
        LOG.info(() -> "message " + sqsMessage.getSQSMessageId() + " on " + settings.queueName()
                + " not processed (receive " + receiveCount + "), redelivery in " + delay + " s");
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
