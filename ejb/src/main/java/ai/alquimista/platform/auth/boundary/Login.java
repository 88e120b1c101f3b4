package ai.alquimista.platform.auth.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.audit.control.AuditTrail;
import ai.alquimista.platform.auth.Passwords;
import ai.alquimista.platform.auth.SignInAccount;
import ai.alquimista.platform.auth.control.InvalidCredentials;
import ai.alquimista.platform.auth.control.Session;
import ai.alquimista.platform.auth.control.TokenIssuer;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.User;
import ai.alquimista.platform.users.entity.UserStatus;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in with e-mail and password. After {@code alquimista.auth.max-failed-logins} wrong passwords
 * in a row the account is locked for {@code alquimista.auth.lockout-minutes}; once that lock has run out
 * the count starts again from zero. Every attempt is audited.
 */
@Stateless
public class Login {

    /** Compared against when the e-mail is unknown, so both refusals take the same time. */
    private static final String DECOY_HASH = Passwords.hash("Decoy-password-1");

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    TokenIssuer tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "alquimista.auth.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "alquimista.auth.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    public Session login(String email, String password, String ipAddress, String userAgent) {
        User user = signedIn(email, password, ipAddress, userAgent);
        Tenant tenant = em.find(Tenant.class, user.getTenantId());
        audit.record(user.getTenantId(), user.getId(), "auth.login", ipAddress, userAgent, JsonValue.EMPTY_JSON_OBJECT);
        return new Session(tokens.issue(user, tenant), tokens.lifetime(), user, tenant);
    }

    /**
     * A user replaces their password: the current one is checked exactly as at sign-in (a wrong one counts towards
     * the lock-out, 401 whatever was wrong), the new one must meet the password policy (400).
     */
    public void changePassword(String email, String password, String newPassword, String ipAddress, String userAgent) {
        requirePolicy(newPassword);
        User user = signedIn(email, password, ipAddress, userAgent);
        user.changePasswordHash(Passwords.hash(newPassword));
        audit.record(user.getTenantId(), user.getId(), "auth.password.changed", ipAddress, userAgent,
                JsonValue.EMPTY_JSON_OBJECT);
    }

    /** The same for a platform operator. */
    public void changeOperatorPassword(String email, String password, String newPassword, String ipAddress,
                                       String userAgent) {
        requirePolicy(newPassword);
        Operator operator = signedInOperator(email, password, ipAddress, userAgent);
        operator.changePasswordHash(Passwords.hash(newPassword));
        audit.recordOperator(operator.getId(), "operator.password.changed", ipAddress, userAgent);
    }

    private static void requirePolicy(String newPassword) {
        List<Violation> violations = Passwords.policyViolations("new_password", newPassword);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** The user whose e-mail and password these are, signed in now; else 401 (and the attempt counted and audited). */
    private User signedIn(String email, String password, String ipAddress, String userAgent) {
        Optional<User> found = account(User.class, email);
        if (found.isEmpty()) {
            Passwords.matches(password, DECOY_HASH);
            audit.record(null, null, "auth.login.failed", ipAddress, userAgent,
                    Json.createObjectBuilder().add("reason", "unknown e-mail").build());
            throw new InvalidCredentials();
        }
        User user = found.get();
        Instant now = clock.instant();
        Tenant tenant = em.find(Tenant.class, user.getTenantId());
        if (user.isLockedAt(now) || user.getStatus() != UserStatus.ativo || tenant == null || !tenant.isActive()) {
            refuse(user, "account locked or inactive", ipAddress, userAgent);
        }
        if (!passwordMatches(user, password, now)) {
            refuse(user, "wrong password", ipAddress, userAgent);
        }
        user.recordLogin(now);
        return user;
    }

    /** Operators sign in apart from tenants' users, with the same lock-out. */
    public String operatorLogin(String email, String password, String ipAddress, String userAgent) {
        return tokens.issue(signedInOperator(email, password, ipAddress, userAgent));
    }

    private Operator signedInOperator(String email, String password, String ipAddress, String userAgent) {
        Operator operator = account(Operator.class, email).orElse(null);
        Instant now = clock.instant();
        if (operator == null) {
            Passwords.matches(password, DECOY_HASH);
        }
        boolean valid = operator != null && operator.canSignInAt(now) && passwordMatches(operator, password, now);
        audit.recordOperator(operator == null ? null : operator.getId(), valid ? "operator.login" : "operator.login.failed",
                ipAddress, userAgent);
        if (!valid) {
            throw new InvalidCredentials();
        }
        operator.recordLogin();
        return operator;
    }

    private void refuse(User user, String reason, String ipAddress, String userAgent) {
        audit.record(user.getTenantId(), user.getId(), "auth.login.failed", ipAddress, userAgent,
                Json.createObjectBuilder().add("reason", reason).add("failed_logins", user.getFailedLogins()).build());
        throw new InvalidCredentials();
    }

    /** A wrong password counts towards the lock-out. */
    private boolean passwordMatches(SignInAccount account, String password, Instant now) {
        if (Passwords.matches(password, account.getPasswordHash())) {
            return true;
        }
        if (account.recordFailedLogin() >= maxFailedLogins) {
            account.lockUntil(now.plus(Duration.ofMinutes(lockoutMinutes)));
        }
        return false;
    }

    private <T extends SignInAccount> Optional<T> account(Class<T> type, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM " + type.getSimpleName() + " a WHERE a.email = :email", type)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
