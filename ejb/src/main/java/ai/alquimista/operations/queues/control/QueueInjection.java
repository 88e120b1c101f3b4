package ai.alquimista.operations.queues.control;

import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** JMS message injection for testing: any body and attributes, straight onto any queue. */
@ApplicationScoped
public class QueueInjection {

    @Inject
    QueueSender sender;

    public String inject(QueueAddress address, String body, Map<String, String> attributes) {
        return sender.send(address, body, attributes);
    }
}
