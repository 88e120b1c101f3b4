package ai.alquimista.nigredo.agendamentos.entity;

/** Constants are spelled exactly as the database stores them. */
public enum AgendamentoStatus {
    proposto,
    confirmado,
    realizado,
    cancelado,
    remarcado
}
