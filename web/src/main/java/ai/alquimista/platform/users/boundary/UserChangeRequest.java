package ai.alquimista.platform.users.boundary;

/** {@code PATCH /api/users/{id}} body: only the fields present change; {@link Users} checks them. */
public class UserChangeRequest {

    public String nome;

    public String role;

    public String status;
}
