package ai.alquimista.fibonacci.consumers.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.messages.PoisonMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/** Turns a JMS message from the SQS adapter into an {@link AgentMessage}. */
public final class JmsMessages {

    private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    private JmsMessages() {}

    public static AgentMessage parse(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                throw new PoisonMessage("expected a text message with a JSON body, got "
                        + message.getClass().getSimpleName());
            }
            return AgentMessage.parse(messageId(message), receiveCount(message), text.getText());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read message: " + e.getMessage(), e);
        }
    }

    public static String messageId(Message message) throws JMSException {
        String id = message.getJMSMessageID();
        return id != null && id.startsWith("ID:") ? id.substring(3) : id;
    }

    public static int receiveCount(Message message) throws JMSException {
        return message.propertyExists(DELIVERY_COUNT) ? message.getIntProperty(DELIVERY_COUNT) : 1;
    }
}
