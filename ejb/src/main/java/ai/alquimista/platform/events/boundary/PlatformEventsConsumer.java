package ai.alquimista.platform.events.boundary;

import ai.alquimista.fibonacci.consumers.boundary.DeliveryRecording;
import ai.alquimista.fibonacci.consumers.boundary.JmsMessages;
import ai.alquimista.fibonacci.consumers.boundary.QueueConsumer;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.platform.events.control.PlatformEvents;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Consumes the platform queue through the SQS resource adapter. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = QueueConsumer.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "queue", propertyValue = "platform"),
            @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "2")
        })
@Interceptors(DeliveryRecording.class)
public class PlatformEventsConsumer implements QueueConsumer {

    @Inject
    PlatformEvents platformEvents;

    @Override
    public void onMessage(Message message) {
        platformEvents.receive(JmsMessages.parse(message));
    }

    @Override
    public Queue queue() {
        return Queue.PLATFORM;
    }
}
