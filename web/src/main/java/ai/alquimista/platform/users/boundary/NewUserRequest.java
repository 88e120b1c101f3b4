package ai.alquimista.platform.users.boundary;

/** {@code POST /api/users} body; its fields and the password policy are checked by {@link Users}. */
public class NewUserRequest {

    public String email;

    public String nome;

    public String role;

    public String password;
}
