package ai.alquimista.nigredo.sentimento.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Sentimento: classifies the sentiment of a lead's message and detects opt-out. */
@Stateless
public class Sentimento {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.SENTIMENTO, message, "received");
    }
}
