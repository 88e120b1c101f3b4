package ai.alquimista.platform.auth.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/password} body: the sign-in's e-mail and current password, and the new password. */
public class PasswordChangeRequest extends LoginRequest {

    @JsonbProperty("new_password")
    @NotBlank
    @Size(max = 200)
    public String newPassword;
}
