package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.fibonacci.consumers.boundary.DeliveryRecording;
import ai.alquimista.fibonacci.consumers.boundary.JmsMessages;
import ai.alquimista.fibonacci.consumers.boundary.QueueConsumer;
import ai.alquimista.fibonacci.queues.Queue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Consumes the disparo queue through the SQS resource adapter. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = QueueConsumer.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "queue", propertyValue = "disparo"),
            @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "2")
        })
@Interceptors(DeliveryRecording.class)
public class DisparoConsumer implements QueueConsumer {

    @Inject
    DisparoService service;

    @Override
    public void onMessage(Message message) {
        service.receive(JmsMessages.parse(message));
    }

    @Override
    public Queue queue() {
        return Queue.DISPARO;
    }
}
