package ai.alquimista.nigredo.interacoes.entity;

/** Constants are spelled exactly as the database stores them. */
public enum InteracaoCanal {
    whatsapp,
    email,
    web
}
