package ai.alquimista.nigredo.estrategia.entity;

/** Constants are spelled exactly as the database stores them. */
public enum CampanhaCanal {
    whatsapp,
    email,
    multi
}
