package ai.alquimista.nigredo.campanhas.entity;

/** Constants are spelled exactly as the database stores them. */
public enum CampanhaCanal {
    whatsapp,
    email,
    multi
}
