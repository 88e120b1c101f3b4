package ai.alquimista.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.platform.auth.entity.SignInGuard;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.platform.users.entity.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignInLockTest {

    private static final int MAX_FAILED = 5;
    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void fiveWrongPasswordsLockForFifteenMinutes() {
        SignInLock lock = new SignInLock();

        for (int i = 0; i < MAX_FAILED; i++) {
            wrongPassword(lock, T0);
        }

        assertThat(lock.isLockedAt(T0)).isTrue();
        assertThat(lock.isLockedAt(T0.plus(LOCKOUT).minusSeconds(1))).isTrue();
    }

    @Test
    void anExpiredLockStartsTheCountAfresh() {
        SignInLock lock = new SignInLock();
        for (int i = 0; i < MAX_FAILED; i++) {
            wrongPassword(lock, T0);
        }
        Instant later = T0.plus(LOCKOUT);

        assertThat(lock.isLockedAt(later)).isFalse();
        assertThat(lock.getFailedLogins()).isZero();
        assertThat(lock.getLockedUntil()).isNull();
        wrongPassword(lock, later);
        assertThat(lock.getFailedLogins()).isEqualTo(1);
        assertThat(lock.isLockedAt(later))
                .as("one wrong password after the lock ran out")
                .isFalse();

        for (int i = 1; i < MAX_FAILED; i++) {
            wrongPassword(lock, later);
        }
        assertThat(lock.isLockedAt(later)).as("five in a row lock again").isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        SignInLock lock = new SignInLock();
        wrongPassword(lock, T0);
        wrongPassword(lock, T0);

        lock.recordLogin();

        assertThat(lock.getFailedLogins()).isZero();
        assertThat(lock.isLockedAt(T0)).isFalse();
    }

    @Test
    void wrongPasswordsLockOnlyTheAddressTheyCameFrom() {
        User ana = new User(UUID.randomUUID(), "ana@padaria.com.br", "Ana", Role.viewer);
        SignInGuard attacker = new SignInGuard(ana.accountKey(), "203.0.113.66", T0);
        SignInGuard anasOffice = new SignInGuard(ana.accountKey(), "198.51.100.4", T0);
        for (int i = 0; i < MAX_FAILED; i++) {
            attacker.recordFailure(T0, MAX_FAILED, LOCKOUT);
        }

        assertThat(attacker.isLockedAt(T0)).isTrue();
        assertThat(anasOffice.isLockedAt(T0))
                .as("Ana signs in from her office all the same")
                .isFalse();
        assertThat(attacker.isLockedAt(T0.plus(LOCKOUT))).isFalse();
    }

    @Test
    void anAddressIsKnownForAMonthAfterASuccessfulSignIn() {
        Operator operator = new Operator("ops@alquimista.ai", "Ops", "$2a$10$hash");
        SignInGuard office = new SignInGuard(operator.accountKey(), "198.51.100.4", T0);

        assertThat(office.isKnownAt(T0, Duration.ofDays(30))).isFalse();
        office.recordSuccess(T0);
        assertThat(office.isKnownAt(T0.plus(Duration.ofDays(29)), Duration.ofDays(30)))
                .isTrue();
        assertThat(office.isKnownAt(T0.plus(Duration.ofDays(31)), Duration.ofDays(30)))
                .isFalse();
        assertThat(operator.accountKey()).startsWith("operator:");
    }

    /** What Login does with a wrong password, after checking the lock. */
    private static void wrongPassword(SignInLock lock, Instant now) {
        if (!lock.isLockedAt(now) && lock.recordFailedLogin() >= MAX_FAILED) {
            lock.lockUntil(now.plus(LOCKOUT));
        }
    }
}
