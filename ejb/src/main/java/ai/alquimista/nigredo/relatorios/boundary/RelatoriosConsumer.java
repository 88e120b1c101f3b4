package ai.alquimista.nigredo.relatorios.boundary;

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

/** Consumes the relatorios queue through the SQS resource adapter. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = QueueConsumer.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "queue", propertyValue = "relatorios"),
            @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "2")
        })
@Interceptors(DeliveryRecording.class)
public class RelatoriosConsumer implements QueueConsumer {

    @Inject
    RelatoriosService service;

    @Override
    public void onMessage(Message message) {
        service.receive(JmsMessages.parse(message));
    }

    @Override
    public Queue queue() {
        return Queue.RELATORIOS;
    }
}
