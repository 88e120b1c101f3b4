package ai.alquimista.fibonacci.messages;

import jakarta.ejb.ApplicationException;

/** A queue message that can never be processed as it is; it ends in the dead-letter queue. */
@ApplicationException(rollback = true)
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String reason) {
        super(reason);
    }

    public PoisonMessage(String reason, Throwable cause) {
        super(reason, cause);
    }
}
