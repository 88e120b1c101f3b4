package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Estratégia: builds a campaign per segment from a completed reception. */
@Stateless
public class Estrategia {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.ESTRATEGIA, message, "received");
    }
}
