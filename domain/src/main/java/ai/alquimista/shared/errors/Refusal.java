package ai.alquimista.shared.errors;

import jakarta.ejb.ApplicationException;

/**
 * A request the platform refuses for what it asks, not for a fault of ours: answered with the HTTP
 * status and title each kind gives; the transaction rolls back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class Refusal extends RuntimeException {

    private final int status;
    private final String title;

    protected Refusal(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
