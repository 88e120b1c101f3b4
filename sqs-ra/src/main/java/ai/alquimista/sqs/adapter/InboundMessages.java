package ai.alquimista.sqs.adapter;

import com.amazon.sqs.javamessaging.SQSMessagingClientConstants;
import com.amazon.sqs.javamessaging.acknowledge.Acknowledger;
import com.amazon.sqs.javamessaging.acknowledge.SQSMessageIdentifier;
import com.amazon.sqs.javamessaging.message.SQSBytesMessage;
import com.amazon.sqs.javamessaging.message.SQSMessage;
import com.amazon.sqs.javamessaging.message.SQSObjectMessage;
import com.amazon.sqs.javamessaging.message.SQSTextMessage;
import jakarta.jms.JMSException;
import java.util.List;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Turns a received SQS message into the JMS message a message-driven bean expects, as the SQS JMS library does. */
final class InboundMessages {

    /**
     * The adapter deletes a message once the bean's transaction commits; a container-managed bean's
     * own {@code acknowledge()} is ignored, as JMS specifies for message-driven beans.
     */
    private static final Acknowledger AFTER_COMMIT = new Acknowledger() {
        @Override
        public void acknowledge(SQSMessage message) {}

        @Override
        public void notifyMessageReceived(SQSMessage message) {}

        @Override
        public List<SQSMessageIdentifier> getUnAckMessages() {
            return List.of();
        }

        @Override
        public void forgetUnAckMessages() {}
    };

    private InboundMessages() {}

    /**
     * The JMS message, whose {@code JMSMessageID} is the id the message was first sent with: a copy the adapter put
     * back (handed back, dead-lettered and redriven) is the same message to its consumer.
     */
    static jakarta.jms.Message toJms(Message message, String queueUrl) throws JMSException {
        jakarta.jms.Message jms = ofKind(message, queueUrl);
        jms.setJMSMessageID("ID:" + SessionWorker.originalId(message));
        return jms;
    }

    private static jakarta.jms.Message ofKind(Message message, String queueUrl) throws JMSException {
        MessageAttributeValue type = message.messageAttributes().get(SQSMessage.JMS_SQS_MESSAGE_TYPE);
        String kind = type == null ? SQSMessage.TEXT_MESSAGE_TYPE : type.stringValue();
        return switch (kind) {
            case SQSMessage.BYTE_MESSAGE_TYPE -> new SQSBytesMessage(AFTER_COMMIT, queueUrl, message);
            case SQSMessage.OBJECT_MESSAGE_TYPE -> new SQSObjectMessage(AFTER_COMMIT, queueUrl, message);
            default -> new SQSTextMessage(AFTER_COMMIT, queueUrl, message);
        };
    }

    static int receiveCount(Message message) {
        String count = message.attributesAsStrings().get(SQSMessagingClientConstants.APPROXIMATE_RECEIVE_COUNT);
        try {
            return count == null ? 1 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("SQS sent a receive count that is not a number: " + count, e);
        }
    }
}
