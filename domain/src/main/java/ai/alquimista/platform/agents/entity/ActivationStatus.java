package ai.alquimista.platform.agents.entity;

/** Constants are spelled exactly as the database stores them. */
public enum ActivationStatus {
    ativo,
    inativo
}
