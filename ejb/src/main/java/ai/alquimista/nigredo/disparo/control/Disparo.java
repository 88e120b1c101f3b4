package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Disparo: sends campaign messages within business hours and per-tenant limits. */
@Stateless
public class Disparo {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.DISPARO, message, "received");
    }
}
