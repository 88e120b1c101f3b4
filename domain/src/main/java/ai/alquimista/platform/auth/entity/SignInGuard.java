package ai.alquimista.platform.auth.entity;

import ai.alquimista.platform.auth.SignInLock;
import ai.alquimista.shared.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Sign-in to one account from one address: wrong passwords lock this pair only, so whoever knows someone's
 * e-mail can lock them out of nothing but the attacker's own address. An address that signed in successfully
 * lately is a known one: the per-account limit on attempts does not hold it back.
 */
@Entity
@Table(schema = "alquimista_platform", name = "sign_in_guards")
public class SignInGuard {

    @EmbeddedId
    private SignInGuardKey key;

    @Embedded
    private SignInLock lock = new SignInLock();

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SignInGuard() {}

    public SignInGuard(String accountKey, String address, Instant now) {
        this.key = new SignInGuardKey(accountKey, address);
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether this address may try this account's password now (see {@link SignInLock#isLockedAt}). */
    public boolean isLockedAt(Instant now) {
        return lock.isLockedAt(now);
    }

    /** A wrong password; the pair is locked for {@code lockout} once {@code maxFailed} came in a row. */
    public void recordFailure(Instant now, int maxFailed, Duration lockout) {
        if (lock.recordFailedLogin() >= maxFailed) {
            lock.lockUntil(now.plus(lockout));
        }
        updatedAt = now;
    }

    public void recordSuccess(Instant now) {
        lock.recordLogin();
        lastSuccessAt = now;
        updatedAt = now;
    }

    /** Signed in from here within {@code memory}: attempts from here are not the unknown crowd's. */
    public boolean isKnownAt(Instant now, Duration memory) {
        return lastSuccessAt != null && lastSuccessAt.isAfter(now.minus(memory));
    }

    public int getFailedLogins() {
        return lock.getFailedLogins();
    }

    public Instant getLockedUntil() {
        return lock.getLockedUntil();
    }
}
