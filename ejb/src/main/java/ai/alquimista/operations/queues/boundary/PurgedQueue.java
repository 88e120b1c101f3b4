package ai.alquimista.operations.queues.boundary;

/** A queue emptied by an operator, and how many messages it held just before (approximate). */
public record PurgedQueue(String queue, long purged) {}
