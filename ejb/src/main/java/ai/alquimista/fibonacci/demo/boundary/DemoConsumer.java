package ai.alquimista.fibonacci.demo.boundary;

import ai.alquimista.fibonacci.consumers.boundary.DeliveryRecording;
import ai.alquimista.fibonacci.consumers.boundary.JmsMessages;
import ai.alquimista.fibonacci.consumers.boundary.QueueConsumer;
import ai.alquimista.fibonacci.demo.control.Demo;
import ai.alquimista.fibonacci.queues.Queue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Consumes the demo queue through the SQS resource adapter. */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = QueueConsumer.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "queue", propertyValue = "demo"),
            @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "2")
        })
@Interceptors(DeliveryRecording.class)
public class DemoConsumer implements QueueConsumer {

    @Inject
    Demo demo;

    @Override
    public void onMessage(Message message) {
        demo.receive(JmsMessages.parse(message));
    }

    @Override
    public Queue queue() {
        return Queue.DEMO;
    }
}
