package ai.alquimista.platform.users.boundary;

import ai.alquimista.platform.users.entity.User;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/** A user of the tenant as its admins see them ({@code nome} is empty when the user has none). */
public record UserView(
        UUID id,
        String email,
        String nome,
        String role,
        String status,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("last_login_at") Instant lastLoginAt) {

    static UserView of(User user) {
        return new UserView(
                user.getId(),
                user.getEmail(),
                user.getNome() == null ? "" : user.getNome(),
                user.getRole().name(),
                user.getStatus().name(),
                user.getCreatedAt(),
                user.getLastLoginAt());
    }
}
