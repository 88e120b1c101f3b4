package ai.alquimista.platform.users.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code PATCH /api/users/{id}} body: only the fields present change. */
public class UserChangeRequest {

    @Size(max = 255)
    public String nome;

    @Pattern(regexp = "admin|manager|operator|viewer", message = "must be one of admin, manager, operator, viewer")
    public String role;

    @Pattern(regexp = "ativo|bloqueado|inativo", message = "must be one of ativo, bloqueado, inativo")
    public String status;
}
