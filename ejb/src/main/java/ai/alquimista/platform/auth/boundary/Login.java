package ai.alquimista.platform.auth.boundary;

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
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in with e-mail and password. After {@code alquimista.auth.max-failed-logins} wrong passwords
 * in a row the account is locked for {@code alquimista.auth.lockout-minutes}; every attempt is audited.
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
        audit.record(user.getTenantId(), user.getId(), "auth.login", ipAddress, userAgent, JsonValue.EMPTY_JSON_OBJECT);
        return new Session(tokens.issue(user, tenant), tokens.lifetime(), user, tenant);
    }

    /** Operators sign in apart from tenants' users, with the same lock-out. */
    public String operatorLogin(String email, String password, String ipAddress, String userAgent) {
        Operator operator = account(Operator.class, email).orElse(null);
        Instant now = clock.instant();
        if (operator == null) {
            Passwords.matches(password, DECOY_HASH);
        }
        boolean valid = operator != null && operator.canSignInAt(now) && passwordMatches(operator, password, now);
        audit.record(null, operator == null ? null : operator.getId(), valid ? "operator.login" : "operator.login.failed",
                ipAddress, userAgent, JsonValue.EMPTY_JSON_OBJECT);
        if (!valid) {
            throw new InvalidCredentials();
        }
        operator.recordLogin();
        return tokens.issue(operator);
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
