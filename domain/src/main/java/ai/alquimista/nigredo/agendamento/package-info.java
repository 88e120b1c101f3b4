/** Agendamento, the agent that books the meeting: the {@code Agendamento} entity, its typed events ({@code ReuniaoSolicitada}, {@code ReuniaoConfirmada}), its consumer, service and catalog entry. */
package ai.alquimista.nigredo.agendamento;
