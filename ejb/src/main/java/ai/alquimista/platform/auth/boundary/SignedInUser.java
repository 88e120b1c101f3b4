package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.platform.users.entity.User;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.UUID;

/** The signed-in user and their tenant ({@code nome} is empty when the user has none). */
public record SignedInUser(
        UUID id,
        String email,
        String nome,
        String role,
        @JsonbProperty("tenant_id") UUID tenantId,
        @JsonbProperty("company_name") String companyName) {

    static SignedInUser of(User user, Tenant tenant) {
        return new SignedInUser(
                user.getId(),
                user.getEmail(),
                user.getNome() == null ? "" : user.getNome(),
                user.getRole().name(),
                tenant.getId(),
                tenant.getCompanyName());
    }
}
