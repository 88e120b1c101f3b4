package ai.alquimista.shared.errors;

import jakarta.ejb.ApplicationException;

/** The request clashes with what already exists (an e-mail already in use, ...). */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    public Conflict(String what) {
        super(what);
    }
}
