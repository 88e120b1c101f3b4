package ai.alquimista.nigredo.sentimento.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.sentimento.events.AnaliseSolicitada;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Sentimento: classifies the sentiment of a lead's message and detects opt-out. */
@Stateless
public class SentimentoService {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.SENTIMENTO, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    /** The skeleton of the agent's shape: its inputs are read and checked; acting on them is its own issue. */
    private void act(Hop hop) {
        switch (hop.type()) {
            case AnaliseSolicitada.TYPE -> hop.read(AnaliseSolicitada.class);
            default -> throw hop.unhandled(Queue.SENTIMENTO);
        }
    }
}
