package ai.alquimista.fibonacci.events.entity;

/** Constants are spelled exactly as the database stores them. */
public enum EventStatus {
    recebido,
    roteado,
    processado,
    falhou
}
