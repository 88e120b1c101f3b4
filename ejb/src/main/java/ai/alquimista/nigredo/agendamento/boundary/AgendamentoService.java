package ai.alquimista.nigredo.agendamento.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.agendamento.events.ReuniaoSolicitada;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Agendamento: proposes slots and books the meeting in the sales calendar. */
@Stateless
public class AgendamentoService {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.AGENDAMENTO, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    /** The skeleton of the agent's shape: its inputs are read and checked; acting on them is its own issue. */
    private void act(Hop hop) {
        switch (hop.type()) {
            case ReuniaoSolicitada.TYPE -> hop.read(ReuniaoSolicitada.class);
            default -> throw hop.unhandled(Queue.AGENDAMENTO);
        }
    }
}
