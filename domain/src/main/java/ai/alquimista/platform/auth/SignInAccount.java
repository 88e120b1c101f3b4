package ai.alquimista.platform.auth;

import java.time.Instant;

/** What sign-in needs of an account, a tenant's user or a platform operator: its password and lock-out. */
public interface SignInAccount {

    String getPasswordHash();

    /** @return the failed sign-ins in a row, this one included */
    int recordFailedLogin();

    void lockUntil(Instant until);
}
