package ai.alquimista.shared.errors;

import jakarta.ejb.ApplicationException;

/** A request body over its size limit (413); the transaction that was reading it rolls back. */
@ApplicationException(rollback = true)
public class TooLarge extends RuntimeException {

    private final long limit;

    public TooLarge(long limit) {
        super("the file is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
