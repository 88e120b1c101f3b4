package ai.alquimista.platform.tenants.boundary;

import ai.alquimista.platform.tenants.entity.Tenant;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** A tenant as platform operators see it: no users, no leads. */
public record TenantView(
        String id,
        @JsonbProperty("company_name") String companyName,
        String status,
        @JsonbProperty("created_at") Instant createdAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(
                tenant.getId().toString(),
                tenant.getCompanyName(),
                tenant.getStatus().name(),
                tenant.getCreatedAt());
    }
}
