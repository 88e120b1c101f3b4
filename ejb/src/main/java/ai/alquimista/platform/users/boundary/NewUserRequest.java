package ai.alquimista.platform.users.boundary;

/** {@code POST /api/users} body; its fields and the password policy are checked by {@link Users}. */
public record NewUserRequest(String email, String nome, String role, String password) {}
