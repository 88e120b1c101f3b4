package ai.alquimista.platform.users.boundary;

import java.util.Optional;

/** {@code PATCH /api/users/{id}} body: only the fields present change; {@link Users} checks them. */
public record UserChangeRequest(String nome, String role, String status) {

    Optional<String> newNome() {
        return Optional.ofNullable(nome);
    }

    Optional<String> newRole() {
        return Optional.ofNullable(role);
    }

    Optional<String> newStatus() {
        return Optional.ofNullable(status);
    }
}
