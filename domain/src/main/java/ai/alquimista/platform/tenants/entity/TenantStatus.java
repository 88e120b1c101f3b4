package ai.alquimista.platform.tenants.entity;

/** Constants are spelled exactly as the database stores them. */
public enum TenantStatus {
    ativo,
    suspenso,
    cancelado
}
