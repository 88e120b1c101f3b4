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

    /**
     * A confirmed meeting is read, checked and its hop recorded, so the lead's trace shows it reached Relatórios. The
     * funnel needs nothing more from it: the lead's move to {@code agendado} was counted by the read model's trigger
     * in Agendamento's own transaction, and the daily report reads that.
     */
    private void act(Hop hop) {
        switch (hop.type()) {
            case ReuniaoConfirmada.TYPE -> hop.read(ReuniaoConfirmada.class);
            default -> throw hop.unhandled(Queue.RELATORIOS);
        }
    }
}
