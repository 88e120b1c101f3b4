package ai.alquimista.fibonacci.consumers.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import jakarta.jms.MessageListener;

/** A message-driven bean consuming one of the catalog's queues. */
public interface QueueConsumer extends MessageListener {

    /**
     * The resource adapter every consumer names: {@code sqs-ra} where the RAR is deployed on its own (Payara Micro, or
     * the RAR and the WAR on Payara Server); inside the EAR Payara names it {@code alquimista#sqs-ra}, which {@code
     * alquimista.sqs.resource-adapter} (ALQUIMISTA_SQS_RESOURCE_ADAPTER) says. Payara resolves the placeholder when it
     * deploys the beans, from the server's configuration.
     */
    String RESOURCE_ADAPTER = "${MPCONFIG=alquimista.sqs.resource-adapter:sqs-ra}";

    Queue queue();
}
