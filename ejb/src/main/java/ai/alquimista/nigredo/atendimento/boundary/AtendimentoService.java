package ai.alquimista.nigredo.atendimento.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.disparo.events.MensagemEnviada;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Atendimento: answers a lead's reply and decides the next step. */
@Stateless
public class AtendimentoService {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.ATENDIMENTO, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    /** The skeleton of the agent's shape: its inputs are read and checked; acting on them is its own issue. */
    private void act(Hop hop) {
        switch (hop.type()) {
            case MensagemEnviada.TYPE -> hop.read(MensagemEnviada.class);
            case LeadRespondeu.TYPE -> hop.read(LeadRespondeu.class);
            default -> throw hop.unhandled(Queue.ATENDIMENTO);
        }
    }
}
