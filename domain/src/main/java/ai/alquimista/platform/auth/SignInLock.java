package ai.alquimista.platform.auth;

import ai.alquimista.shared.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's lock-out, a tenant's user's or a platform operator's: the wrong passwords in a row
 * and, once there were too many, until when sign-in is refused. Kept in the account's own row.
 */
@Embeddable
public class SignInLock {

    @Column(name = "failed_logins")
    private int failedLogins;

    @Convert(converter = InstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    /**
     * Whether sign-in is refused at {@code now}. A lock that has run out is lifted here together with
     * the count that set it, so the next wrong password counts from one, not straight into a new lock.
     */
    public boolean isLockedAt(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        return lockedUntil != null;
    }

    /** @return the failed sign-ins in a row, this one included */
    public int recordFailedLogin() {
        return ++failedLogins;
    }

    public void lockUntil(Instant until) {
        lockedUntil = Objects.requireNonNull(until, "until");
    }

    /** A successful sign-in: the count starts again. */
    public void recordLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
