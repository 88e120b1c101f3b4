package ai.alquimista.operations.queues.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.operations.queues.control.QueueInjection;
import ai.alquimista.operations.queues.control.QueuePurge;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * A platform operator's acts on a queue, each audited with the queue as its target: a message injected for testing
 * ({@code operator.queue.inject}), and a purge, which deletes every message the queue holds and so takes the queue's
 * name typed as its confirmation ({@code operator.queue.purge}).
 */
@Stateless
public class QueueOperations {

    public static final String INJECT = "operator.queue.inject";
    public static final String PURGE = "operator.queue.purge";

    @Inject
    QueueInjection injection;

    @Inject
    QueuePurge purge;

    @Inject
    AuditTrail audit;

    public InjectedMessage injectForOperator(
            QueueAddress address, String body, Map<String, String> attributes, OperatorCaller operator) {
        audit.recordOperatorAct(operator, null, INJECT, "queue", address.displayName());
        return new InjectedMessage(injection.inject(address, body, attributes), address.displayName());
    }

    /** @param confirmation the queue's name, typed by the operator: anything else purges nothing (400) */
    public PurgedQueue purgeForOperator(QueueAddress address, String confirmation, OperatorCaller operator) {
        if (!address.displayName().equals(confirmation)) {
            throw new InvalidInput(List.of(new Violation(
                    "confirm", "must be the queue's name, " + address.displayName() + ", typed to confirm the purge")));
        }
        audit.recordOperatorAct(operator, null, PURGE, "queue", address.displayName());
        return new PurgedQueue(address.displayName(), purge.purge(address));
    }
}
