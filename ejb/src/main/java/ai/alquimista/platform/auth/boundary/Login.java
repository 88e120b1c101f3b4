package ai.alquimista.platform.auth.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.Passwords;
import ai.alquimista.platform.auth.SignInAccount;
import ai.alquimista.platform.auth.control.SignInLimits;
import ai.alquimista.platform.auth.control.TokenIssuer;
import ai.alquimista.platform.auth.entity.SignInGuard;
import ai.alquimista.platform.auth.entity.SignInGuardKey;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.platform.sessions.boundary.Sessions;
import ai.alquimista.platform.sessions.entity.Session;
import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.User;
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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in with e-mail and password, and sign-out. After {@code alquimista.auth.max-failed-logins} wrong passwords
 * in a row from one address, that address is locked out of that account for
 * {@code alquimista.auth.lockout-minutes} (the owner signing in from elsewhere is not); attempts are limited per
 * address and per account ({@link SignInLimits}). Every sign-in opens a session the token names; every attempt is
 * audited.
 */
@Stateless
public class Login {

    /** Compared against when the e-mail is unknown, so both refusals take the same time. */
    private static final String DECOY_HASH = Passwords.hash("Decoy-password-1");

    /** An address that signed in to an account within this time is not held back by the per-account limit. */
    private static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    TokenIssuer tokens;

    @Inject
    Sessions sessions;

    @Inject
    SignInLimits limits;

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

    public AccessToken login(String email, String password, String ipAddress, String userAgent) {
        User user = signedIn(email, password, ipAddress, userAgent);
        Tenant tenant = em.find(Tenant.class, user.getTenantId());
        Session session = sessions.openFor(user, tokens.lifetime(), ipAddress, userAgent);
        audit.record(user.getTenantId(), user.getId(), "auth.login", ipAddress, userAgent, JsonValue.EMPTY_JSON_OBJECT);
        return AccessToken.of(
                tokens.issue(user, tenant, session.getId()), tokens.lifetime(), SignedInUser.of(user, tenant));
    }

    /** Operators sign in apart from tenants' users, with the same guards. */
    public AccessToken operatorLogin(String email, String password, String ipAddress, String userAgent) {
        Operator operator = signedInOperator(email, password, ipAddress, userAgent);
        Session session = sessions.openFor(operator, tokens.lifetime(), ipAddress, userAgent);
        return AccessToken.ofOperator(tokens.issue(operator, session.getId()));
    }

    /** Ends the caller's own session: its token is refused from the next request on, on every instance. */
    public void logout(UUID sessionId, UUID accountId, UUID tenantId, String ipAddress, String userAgent) {
        sessions.end(sessionId, accountId);
        if (tenantId == null) {
            audit.recordOperator(accountId, "operator.logout", ipAddress, userAgent);
        } else {
            audit.record(tenantId, accountId, "auth.logout", ipAddress, userAgent, JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    /**
     * A user replaces their password: the current one is checked exactly as at sign-in (a wrong one counts towards
     * the lock-out, 401 whatever was wrong), the new one must meet the password policy (400). Every session of the
     * user ends.
     */
    public void changePassword(String email, String password, String newPassword, String ipAddress, String userAgent) {
        requirePolicy(newPassword);
        User user = signedIn(email, password, ipAddress, userAgent);
        user.changePasswordHash(Passwords.hash(newPassword));
        sessions.endAll(user.getId(), Sessions.PASSWORD_CHANGED);
        audit.record(
                user.getTenantId(),
                user.getId(),
                "auth.password.changed",
                ipAddress,
                userAgent,
                JsonValue.EMPTY_JSON_OBJECT);
    }

    /** The same for a platform operator. */
    public void changeOperatorPassword(
            String email, String password, String newPassword, String ipAddress, String userAgent) {
        requirePolicy(newPassword);
        Operator operator = signedInOperator(email, password, ipAddress, userAgent);
        operator.changePasswordHash(Passwords.hash(newPassword));
        sessions.endAll(operator.getId(), Sessions.PASSWORD_CHANGED);
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
        limits.checkAddress(ipAddress);
        Optional<User> found = account(User.class, email);
        if (found.isEmpty()) {
            unknownAccount(email, password);
            audit.record(
                    null,
                    null,
                    "auth.login.failed",
                    ipAddress,
                    userAgent,
                    Json.createObjectBuilder().add("reason", "unknown e-mail").build());
            throw new InvalidCredentials();
        }
        User user = found.get();
        Tenant tenant = em.find(Tenant.class, user.getTenantId());
        Optional<String> refusal = check(user, email, password, user.canSignIn(tenant), ipAddress);
        if (refusal.isPresent()) {
            audit.record(
                    user.getTenantId(),
                    user.getId(),
                    "auth.login.failed",
                    ipAddress,
                    userAgent,
                    Json.createObjectBuilder().add("reason", refusal.get()).build());
            throw new InvalidCredentials();
        }
        user.recordLogin(clock.instant());
        return user;
    }

    private Operator signedInOperator(String email, String password, String ipAddress, String userAgent) {
        limits.checkAddress(ipAddress);
        Optional<Operator> found = account(Operator.class, email);
        if (found.isEmpty()) {
            unknownAccount(email, password);
            audit.recordOperator(null, "operator.login.failed", ipAddress, userAgent);
            throw new InvalidCredentials();
        }
        Operator operator = found.get();
        boolean valid = check(operator, email, password, operator.canSignIn(), ipAddress)
                .isEmpty();
        audit.recordOperator(
                operator.getId(), valid ? "operator.login" : "operator.login.failed", ipAddress, userAgent);
        if (!valid) {
            throw new InvalidCredentials();
        }
        return operator;
    }

    /** Limited like a real account and as slow to refuse, so nobody learns which e-mails exist. */
    private void unknownAccount(String email, String password) {
        limits.checkAccount(email);
        Passwords.matches(password, DECOY_HASH);
    }

    /** @return why sign-in is refused, or empty when the password is right for an account that may sign in */
    private Optional<String> check(
            SignInAccount account, String email, String password, boolean allowed, String ipAddress) {
        Instant now = clock.instant();
        SignInGuard guard = guard(account, ipAddress, now);
        if (!guard.isKnownAt(now, KNOWN_ADDRESS)) {
            limits.checkAccount(email);
        }
        if (guard.isLockedAt(now)) {
            return Optional.of("address locked out of the account");
        }
        if (!allowed) {
            return Optional.of("account blocked or tenant inactive");
        }
        if (!Passwords.matches(password, account.getPasswordHash())) {
            guard.recordFailure(now, maxFailedLogins, Duration.ofMinutes(lockoutMinutes));
            return Optional.of("wrong password");
        }
        guard.recordSuccess(now);
        return Optional.empty();
    }

    /** The account's row is locked by {@link #account}, so two attempts never create the same guard at once. */
    private SignInGuard guard(SignInAccount account, String ipAddress, Instant now) {
        SignInGuard guard = em.find(SignInGuard.class, new SignInGuardKey(account.accountKey(), ipAddress));
        if (guard == null) {
            guard = new SignInGuard(account.accountKey(), ipAddress, now);
            em.persist(guard);
        }
        return guard;
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
