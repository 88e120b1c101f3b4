package ai.alquimista.nigredo.recebimento;

/** What {@link Recepcao} makes of one lead: accepted with its values normalised, or rejected with the reasons. */
public sealed interface ReceptionOutcome permits AcceptedLead, RejectedLead {}
