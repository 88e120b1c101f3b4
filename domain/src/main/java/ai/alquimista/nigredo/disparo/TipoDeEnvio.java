package ai.alquimista.nigredo.disparo;

/** What a send is; constants are spelled as the database stores them. */
public enum TipoDeEnvio {
    /** A stage of a campaign, rendered from the campaign's messages when it comes due. */
    campanha,
    /** Atendimento's answer to a lead's reply: its text is written when it is scheduled. */
    resposta,
    /** The confirmation that a lead's opt-out was honoured (LGPD), sent even though the lead is now blocked. */
    confirmacao,
    /**
     * Agendamento's message in a conversation: the slots offered, the meeting's confirmation (by e-mail with its
     * iCalendar invite), or that a person will take over. One per lead's message, like an answer.
     */
    agendamento;

    public boolean daConversa() {
        return this != campanha;
    }
}
