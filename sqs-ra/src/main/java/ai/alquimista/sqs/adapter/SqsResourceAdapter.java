package ai.alquimista.sqs.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * Inbound-only JCA adapter: each message-driven bean activation becomes a {@link QueuePoller}
 * that reads one SQS queue through the Amazon SQS JMS library.
 */
@Connector(
        displayName = "Alquimista SQS inbound adapter",
        vendorName = "Alquimista.AI",
        eisType = "Amazon SQS",
        version = "1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class SqsResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SqsResourceAdapter.class.getName());

    private final Map<ActivationKey, QueuePoller> consumers = new ConcurrentHashMap<>();

    @Override
    public void start(BootstrapContext context) {
        LOG.info("SQS inbound adapter started");
    }

    @Override
    public void stop() {
        consumers.values().parallelStream().forEach(QueuePoller::stop);
        consumers.clear();
        LOG.info("SQS inbound adapter stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        SqsActivationSpec activation = (SqsActivationSpec) spec;
        activation.validate();
        QueuePoller consumer = new QueuePoller(factory, ConsumerSettings.of(activation));
        consumers.put(new ActivationKey(factory, spec), consumer);
        consumer.start();
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        QueuePoller consumer = consumers.remove(new ActivationKey(factory, spec));
        if (consumer != null) {
            consumer.stop();
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private record ActivationKey(MessageEndpointFactory factory, ActivationSpec spec) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ActivationKey key && key.factory == factory && key.spec == spec;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(factory) * 31 + System.identityHashCode(spec);
        }
    }
}
