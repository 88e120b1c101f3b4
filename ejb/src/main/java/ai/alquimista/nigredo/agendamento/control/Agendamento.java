package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Agendamento: proposes slots and books the meeting in the sales calendar. */
@Stateless
public class Agendamento {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.AGENDAMENTO, message, "received");
    }
}
