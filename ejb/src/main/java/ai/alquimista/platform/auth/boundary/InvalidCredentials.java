package ai.alquimista.platform.auth.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Sign-in refused. The same answer whatever was wrong (unknown e-mail, wrong password, locked or
 * inactive account); the transaction commits so failed attempts count towards the lock-out.
 */
@ApplicationException(rollback = false)
public class InvalidCredentials extends RuntimeException {

    public InvalidCredentials() {
        super("invalid e-mail or password");
    }
}
