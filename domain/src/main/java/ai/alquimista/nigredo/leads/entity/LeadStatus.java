package ai.alquimista.nigredo.leads.entity;

/** Constants are spelled exactly as the database stores them. */
public enum LeadStatus {
    novo,
    enriquecido,
    contatado,
    respondeu,
    interessado,
    agendado,
    convertido,
    descartado,
    descadastrado
}
