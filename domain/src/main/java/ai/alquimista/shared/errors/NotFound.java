package ai.alquimista.shared.errors;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist for this caller (another tenant's things do not exist either). */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
