package ai.alquimista.shared.errors;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this. */
@ApplicationException(rollback = true)
public class Forbidden extends RuntimeException {

    public Forbidden(String what) {
        super(what);
    }
}
