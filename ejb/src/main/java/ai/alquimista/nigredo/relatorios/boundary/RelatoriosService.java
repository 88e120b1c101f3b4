package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.agendamento.events.ReuniaoConfirmada;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Relatórios: the daily funnel metrics and the report per tenant. */
@Stateless
public class RelatoriosService {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.RELATORIOS, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    /** The skeleton of the agent's shape: its inputs are read and checked; acting on them is its own issue. */
    private void act(Hop hop) {
        switch (hop.type()) {
            case ReuniaoConfirmada.TYPE -> hop.read(ReuniaoConfirmada.class);
            default -> throw hop.unhandled(Queue.RELATORIOS);
        }
    }
}
