package ai.alquimista.platform.audit.boundary;

import ai.alquimista.platform.audit.entity.AuditLog;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Writes the audit log in the caller's transaction: who, which tenant, what, on what, from where.
 * A change that rolls back leaves no audit entry; a change that commits always has one.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    public void record(Caller caller, String action, String targetType, String targetId) {
        record(caller, action, targetType, targetId, JsonValue.EMPTY_JSON_OBJECT);
    }

    public void record(Caller caller, String action, String targetType, String targetId, JsonObject details) {
        em.persist(new AuditLog(caller.tenantId(), caller.userId(), action)
                .target(targetType, targetId)
                .details(details)
                .client(caller.ipAddress(), caller.userAgent()));
    }

    /** For what the system does on a tenant's behalf with no person acting: a lead's own opt-out by reply. */
    public void recordSystem(UUID tenantId, String action, String targetType, String targetId, JsonObject details) {
        em.persist(new AuditLog(tenantId, null, action)
                .target(targetType, targetId)
                .details(details));
    }

    /** For a tenant user's sign-in, before there is a caller. */
    public void record(
            UUID tenantId, UUID userId, String action, String ipAddress, String userAgent, JsonObject details) {
        signIn(tenantId, userId, "user", action, ipAddress, userAgent, details);
    }

    /** For a platform operator's sign-in: no tenant, and the target is the operator. */
    public void recordOperator(UUID operatorId, String action, String ipAddress, String userAgent) {
        signIn(null, operatorId, "operator", action, ipAddress, userAgent, JsonValue.EMPTY_JSON_OBJECT);
    }

    /**
     * A platform operator's act on a tenant (its standing, or a read of its data): written to that tenant's audit
     * log, so the tenant's admins see it, with the operator named in the details.
     */
    public void recordOperatorAct(
            OperatorCaller operator, UUID tenantId, String action, String targetType, String targetId) {
        em.persist(new AuditLog(tenantId, operator.operatorId(), action)
                .target(targetType, targetId)
                .details(Json.createObjectBuilder()
                        .add("operator_id", operator.operatorId().toString())
                        .build())
                .client(operator.ipAddress(), operator.userAgent()));
    }

    private void signIn(
            UUID tenantId,
            UUID accountId,
            String targetType,
            String action,
            String ipAddress,
            String userAgent,
            JsonObject details) {
        em.persist(new AuditLog(tenantId, accountId, action)
                .target(targetType, accountId == null ? null : accountId.toString())
                .details(details)
                .client(ipAddress, userAgent));
    }
}
