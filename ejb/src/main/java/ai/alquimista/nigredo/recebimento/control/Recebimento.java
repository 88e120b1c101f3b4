package ai.alquimista.nigredo.recebimento.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Recebimento: validates, normalises, deduplicates and enriches incoming leads. */
@Stateless
public class Recebimento {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.RECEBIMENTO, message, "received");
    }
}
