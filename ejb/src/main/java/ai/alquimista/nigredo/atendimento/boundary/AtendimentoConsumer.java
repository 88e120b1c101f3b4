package ai.alquimista.nigredo.atendimento.boundary;

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

/** Consumes the atendimento queue through the SQS resource adapter. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = QueueConsumer.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "queue", propertyValue = "atendimento"),
            @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "2")
        })
@Interceptors(DeliveryRecording.class)
public class AtendimentoConsumer implements QueueConsumer {

    @Inject
    AtendimentoService service;

    @Override
    public void onMessage(Message message) {
        service.receive(JmsMessages.parse(message));
    }

    @Override
    public Queue queue() {
        return Queue.ATENDIMENTO;
    }
}
