package ai.alquimista.fibonacci.demo.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The demo queue ({@code fibonacci.demo}): events that only exercise the bus. */
@Stateless
public class Demo {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.DEMO, message, "received");
    }
}
