package ai.alquimista.fibonacci.queues;

import java.util.Optional;

/** A queue as an operator names it: {@code recebimento} or its dead-letter queue {@code recebimento-dlq}. */
public record QueueAddress(Queue queue, boolean deadLetter) {

    public static Optional<QueueAddress> parse(String name) {
        if (name != null && name.endsWith(Queue.DEAD_LETTER_SUFFIX)) {
            return Queue.byLogicalName(name.substring(0, name.length() - Queue.DEAD_LETTER_SUFFIX.length()))
                    .map(queue -> new QueueAddress(queue, true));
        }
        return Queue.byLogicalName(name).map(queue -> new QueueAddress(queue, false));
    }

    public String physicalName(String environment) {
        return deadLetter ? queue.deadLetterName(environment) : queue.physicalName(environment);
    }

    public String displayName() {
        return deadLetter ? queue.logicalName() + Queue.DEAD_LETTER_SUFFIX : queue.logicalName();
    }
}
