package ai.alquimista.nigredo.estrategia.entity;

/** Constants are spelled exactly as the database stores them. */
public enum CampanhaStatus {
    rascunho,
    aprovada,
    ativa,
    pausada,
    concluida
}
