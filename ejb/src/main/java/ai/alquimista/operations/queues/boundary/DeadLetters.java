package ai.alquimista.operations.queues.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.operations.queues.control.DeadLetterQueue;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * A platform operator reads a dead-letter queue and sends its messages back to their queue. The bodies may hold a
 * tenant's data and a redrive changes what the agents do next: both are audited ({@code operator.dlq.read}, {@code
 * operator.dlq.redrive}, the dead-letter queue as the target).
 */
@Stateless
public class DeadLetters {

    public static final String READ = "operator.dlq.read";
    public static final String REDRIVE = "operator.dlq.redrive";

    @Inject
    DeadLetterQueue deadLetterQueue;

    @Inject
    AuditTrail audit;

    public List<DeadLetter> peekForOperator(Queue queue, int limit, OperatorCaller operator) {
        audit.recordOperatorAct(operator, null, READ, "queue", deadLetterName(queue));
        return deadLetterQueue.peek(queue, limit);
    }

    /** Every message of the dead-letter queue when {@code messageIds} is empty, else those messages. */
    public Redrive redriveForOperator(Queue queue, Set<String> messageIds, OperatorCaller operator) {
        audit.recordOperatorAct(operator, null, REDRIVE, "queue", deadLetterName(queue));
        return deadLetterQueue.redrive(queue, messageIds);
    }

    private static String deadLetterName(Queue queue) {
        return queue.logicalName() + Queue.DEAD_LETTER_SUFFIX;
    }
}
