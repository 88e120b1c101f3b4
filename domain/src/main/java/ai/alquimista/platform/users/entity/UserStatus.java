package ai.alquimista.platform.users.entity;

/** Constants are spelled exactly as the database stores them. */
public enum UserStatus {
    ativo,
    bloqueado,
    inativo
}
