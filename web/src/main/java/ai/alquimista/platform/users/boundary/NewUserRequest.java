package ai.alquimista.platform.users.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/users} body; the password policy is checked by the platform as well. */
public class NewUserRequest {

    @NotBlank
    @Email
    @Size(max = 255)
    public String email;

    @Size(max = 255)
    public String nome;

    @NotBlank
    @Pattern(regexp = "admin|manager|operator|viewer", message = "must be one of admin, manager, operator, viewer")
    public String role;

    @NotBlank
    @Size(min = 8, max = 200)
    public String password;
}
