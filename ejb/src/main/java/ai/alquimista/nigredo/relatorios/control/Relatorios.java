package ai.alquimista.nigredo.relatorios.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Relatórios: funnel metrics, objections and the daily report. */
@Stateless
public class Relatorios {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.RELATORIOS, message, "received");
    }
}
