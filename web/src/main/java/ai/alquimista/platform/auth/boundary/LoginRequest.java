package ai.alquimista.platform.auth.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/login} body. */
public class LoginRequest {

    @NotBlank
    @Email
    @Size(max = 255)
    public String email;

    @NotBlank
    @Size(max = 200)
    public String password;
}
