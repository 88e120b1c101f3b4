package ai.alquimista.platform.tenants.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.platform.sessions.boundary.Sessions;
import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.tenants.entity.TenantStatus;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Platform operators' hold on tenants: which exist, and suspending or cancelling one, which ends every session of
 * its users at once (and refuses its tokens from another issuer) until it is active again.
 */
@Stateless
public class TenantAdministration {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    Sessions sessions;

    @Inject
    AuditTrail audit;

    public List<TenantView> list() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.createdAt", Tenant.class).getResultList().stream()
                .map(TenantView::of)
                .toList();
    }

    public TenantView changeStatus(OperatorCaller operator, UUID tenantId, TenantStatusChange change) {
        TenantStatus newStatus = status(change.status());
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new NotFound("no tenant " + tenantId);
        }
        tenant.changeStatus(newStatus);
        if (tenant.isActive()) {
            sessions.reopenTenant(tenantId);
        } else {
            sessions.endTenant(tenantId, Sessions.TENANT_SUSPENDED);
        }
        audit.recordOperatorAct(
                operator, tenantId, "operator.tenant." + newStatus.name(), "tenant", tenantId.toString());
        return TenantView.of(tenant);
    }

    private static TenantStatus status(String value) {
        return Arrays.stream(TenantStatus.values())
                .filter(status -> status.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(List.of(new Violation(
                        "status",
                        "must be one of "
                                + Arrays.stream(TenantStatus.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))))));
    }
}
