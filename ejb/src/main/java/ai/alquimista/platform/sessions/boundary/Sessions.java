package ai.alquimista.platform.sessions.boundary;

import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.platform.sessions.control.SessionCache;
import ai.alquimista.platform.sessions.entity.Session;
import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.User;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Opens a session at sign-in and ends sessions when the reason they were opened stops being true. Each ending is
 * written to PostgreSQL in the caller's transaction and to the shared cache at once (not transactional: a
 * rolled-back ending leaves the session refused, the safe side).
 */
@Stateless
public class Sessions {

    /** Reasons, as stored in {@code sessions.revoked_reason} and shown in the audit log. */
    public static final String LOGOUT = "logout";

    public static final String PASSWORD_CHANGED = "senha_alterada";
    public static final String ROLE_CHANGED = "papel_alterado";
    public static final String BLOCKED = "bloqueado";
    public static final String REMOVED = "removido";
    public static final String TENANT_SUSPENDED = "tenant_inativo";

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    SessionCache cache;

    @Inject
    Clock clock;

    public Session openFor(User user, Duration lifetime, String ipAddress, String userAgent) {
        Instant now = clock.instant();
        Session session =
                Session.ofUser(user.getId(), user.getTenantId(), now, now.plus(lifetime), ipAddress, userAgent);
        em.persist(session);
        return session;
    }

    public Session openFor(Operator operator, Duration lifetime, String ipAddress, String userAgent) {
        Instant now = clock.instant();
        Session session = Session.ofOperator(operator.getId(), now, now.plus(lifetime), ipAddress, userAgent);
        em.persist(session);
        return session;
    }

    /** Sign-out of one session; ending another account's session is not possible through here. */
    public void end(UUID sessionId, UUID accountId) {
        Session session = em.find(Session.class, sessionId);
        if (session != null && session.getAccountId().equals(accountId)) {
            revoke(List.of(session), LOGOUT);
        }
    }

    /** Every open session of a user or an operator. */
    public void endAll(UUID accountId, String reason) {
        revoke(
                em.createQuery(
                                "SELECT s FROM Session s WHERE s.accountId = :account AND s.revokedAt IS NULL",
                                Session.class)
                        .setParameter("account", accountId)
                        .getResultList(),
                reason);
    }

    /** Every open session of a tenant's users; its tokens from another issuer are refused too (see {@link #isOpen}). */
    public void endTenant(UUID tenantId, String reason) {
        revoke(
                em.createQuery(
                                "SELECT s FROM Session s WHERE s.tenantId = :tenant AND s.revokedAt IS NULL",
                                Session.class)
                        .setParameter("tenant", Uuids.text(tenantId))
                        .getResultList(),
                reason);
        cache.rememberRevoked(List.of(tenantKey(tenantId)));
    }

    /** A tenant active again. */
    public void reopenTenant(UUID tenantId) {
        cache.forget(tenantKey(tenantId));
    }

    /** Whether a request under this session may be served: looked up in the shared cache, else in PostgreSQL. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isOpen(UUID sessionId) {
        return cachedOrLoaded(sessionId.toString(), () -> stillOpen(em.find(Session.class, sessionId)));
    }

    /** For tokens without a session (a Cognito user pool's): whether their tenant is active. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isTenantActive(UUID tenantId) {
        return cachedOrLoaded(tenantKey(tenantId), () -> {
            Tenant tenant = em.find(Tenant.class, tenantId);
            return tenant != null && tenant.isActive();
        });
    }

    private boolean cachedOrLoaded(String key, BooleanSupplier load) {
        Boolean known = cache.state(key);
        if (known != null) {
            return known;
        }
        boolean open = load.getAsBoolean();
        if (open) {
            cache.rememberOpen(key);
        } else {
            cache.rememberRevoked(List.of(key));
        }
        return open;
    }

    /** Open, and its account still may sign in: a change made straight in the database is caught here too. */
    private boolean stillOpen(Session session) {
        if (session == null || !session.isOpenAt(clock.instant())) {
            return false;
        }
        if (session.isOperator()) {
            Operator operator = em.find(Operator.class, session.getAccountId());
            return operator != null && operator.canSignIn();
        }
        User user = em.find(User.class, session.getAccountId());
        return user != null
                && user.canSignIn(session.getTenantId()
                        .map(id -> em.find(Tenant.class, id))
                        .orElse(null));
    }

    private void revoke(List<Session> sessions, String reason) {
        Instant now = clock.instant();
        sessions.forEach(session -> session.revoke(reason, now));
        cache.rememberRevoked(
                sessions.stream().map(session -> session.getId().toString()).toList());
    }

    private static String tenantKey(UUID tenantId) {
        return "tenant:" + tenantId;
    }
}
