package ai.alquimista.platform.users.entity;

/** Constants are spelled exactly as the database stores them. */
public enum Role {
    admin,
    manager,
    operator,
    viewer
}
