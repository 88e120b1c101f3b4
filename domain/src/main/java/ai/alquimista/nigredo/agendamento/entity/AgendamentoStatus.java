package ai.alquimista.nigredo.agendamento.entity;

/** Constants are spelled exactly as the database stores them. */
public enum AgendamentoStatus {
    proposto,
    confirmado,
    realizado,
    cancelado,
    remarcado
}
