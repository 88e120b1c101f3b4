package ai.alquimista.sqs.adapter;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;

/**
 * Stands in for the container's message-driven bean: each delivery runs a scripted behaviour in a
 * "transaction" whose outcome reaches the adapter's XAResource (commit when the behaviour returns,
 * rollback when it throws, then the exception goes on to the adapter, as Payara does).
 */
final class ScriptedEndpoints implements MessageEndpointFactory {

    @FunctionalInterface
    interface Behaviour {
        void handle(Delivery delivery);
    }

    record Delivery(String body, int receiveCount, Message message) {}

    private final Behaviour behaviour;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<Delivery> committed = new CopyOnWriteArrayList<>();

    ScriptedEndpoints(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    List<Delivery> deliveries() {
        return deliveries;
    }

    List<Delivery> committed() {
        return committed;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xa) {
        return new Endpoint(xa);
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xa, long timeout) {
        return new Endpoint(xa);
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
        return true;
    }

    @Override
    public String getActivationName() {
        return "scripted";
    }

    @Override
    public Class<?> getEndpointClass() {
        return Endpoint.class;
    }

    private final class Endpoint implements MessageEndpoint, MessageListener {
        private final XAResource xa;

        private Endpoint(XAResource xa) {
            this.xa = xa;
        }

        @Override
        public void onMessage(Message message) {
            Delivery delivery;
            try {
                delivery = new Delivery(
                        ((TextMessage) message).getText(), message.getIntProperty("JMSXDeliveryCount"), message);
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
            deliveries.add(delivery);
            try {
                behaviour.handle(delivery);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
            try {
                xa.commit(null, true);
            } catch (XAException e) {
                throw new IllegalStateException(e);
            }
            committed.add(delivery);
        }

        private void rollback() {
            try {
                xa.rollback(null);
            } catch (XAException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void beforeDelivery(Method method) {}

        @Override
        public void afterDelivery() {}

        @Override
        public void release() {}
    }
}
