/** Atendimento, the agent that answers a lead: its typed inputs ({@code MensagemEnviada} from Disparo, {@code LeadRespondeu}), its consumer, service and catalog entry. */
package ai.alquimista.nigredo.atendimento;
