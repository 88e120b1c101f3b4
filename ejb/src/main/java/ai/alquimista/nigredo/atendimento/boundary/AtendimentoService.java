package ai.alquimista.nigredo.atendimento.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.atendimento.control.Atendente;
import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.disparo.events.MensagemEnviada;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Atendimento: answers a lead's reply and decides the next step. */
@Stateless
public class AtendimentoService {

    @Inject
    HopRecorder hops;

    @Inject
    Atendente atendente;

    public void receive(AgentMessage message) {
        hops.record(Queue.ATENDIMENTO, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    /** A sent campaign message needs nothing from Atendimento until the lead answers it. */
    private void act(Hop hop) {
        switch (hop.type()) {
            case MensagemEnviada.TYPE -> hop.read(MensagemEnviada.class);
            case LeadRespondeu.TYPE ->
                atendente.atender(
                        hop.tenantId(),
                        hop.read(LeadRespondeu.class),
                        hop.event().getTraceId());
            default -> throw hop.unhandled(Queue.ATENDIMENTO);
        }
    }
}
