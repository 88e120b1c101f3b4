package ai.alquimista.nigredo.agendamento.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.agendamento.control.Agendador;
import ai.alquimista.nigredo.agendamento.events.RespostaAProposta;
import ai.alquimista.nigredo.agendamento.events.ReuniaoSolicitada;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Agendamento: proposes slots and books the meeting in the sales calendar. */
@Stateless
public class AgendamentoService {

    @Inject
    HopRecorder hops;

    @Inject
    Agendador agendador;

    public void receive(AgentMessage message) {
        hops.record(Queue.AGENDAMENTO, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    /** A lead asked for a meeting (the proposal), or answered the slots it was offered (the booking saga). */
    private void act(Hop hop) {
        switch (hop.type()) {
            case ReuniaoSolicitada.TYPE -> agendador.propor(hop.tenantId(), hop.read(ReuniaoSolicitada.class));
            case RespostaAProposta.TYPE -> agendador.responder(hop.tenantId(), hop.read(RespostaAProposta.class));
            default -> throw hop.unhandled(Queue.AGENDAMENTO);
        }
    }
}
