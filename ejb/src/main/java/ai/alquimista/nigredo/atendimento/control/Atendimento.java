package ai.alquimista.nigredo.atendimento.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Atendimento: answers a lead's reply and decides the next step. */
@Stateless
public class Atendimento {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.ATENDIMENTO, message, "received");
    }
}
