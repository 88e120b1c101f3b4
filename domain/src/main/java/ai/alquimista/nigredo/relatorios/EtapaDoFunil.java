package ai.alquimista.nigredo.relatorios;

/**
 * A stage a lead reaches, as the funnel's read model records it (nigredo_leads.funil_etapas): {@code recebido} when it
 * arrives, then one per status it passes; constants are spelled as the database stores them.
 */
public enum EtapaDoFunil {
    recebido,
    enriquecido,
    contatado,
    respondeu,
    interessado,
    agendado,
    convertido,
    descartado,
    descadastrado
}
