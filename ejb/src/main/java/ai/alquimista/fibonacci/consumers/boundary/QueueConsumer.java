package ai.alquimista.fibonacci.consumers.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import jakarta.jms.MessageListener;

/** A message-driven bean consuming one of the catalog's queues. */
public interface QueueConsumer extends MessageListener {

    Queue queue();
}
