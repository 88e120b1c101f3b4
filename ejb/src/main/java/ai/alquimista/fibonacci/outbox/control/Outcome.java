package ai.alquimista.fibonacci.outbox.control;

/** What one attempt at an outbox row came to. */
public enum Outcome {
    /** On its queue, and marked sent in the same transaction that held the row. */
    SENT,
    /** Not sent; the error is kept and the row is due again after its backoff. */
    FAILED,
    /** Not sent, for the last time allowed: the row is dead until an operator retries it. */
    DIED,
    /** Not there to send: sent or dead meanwhile, not due yet, or held by another instance right now. */
    SKIPPED
}
