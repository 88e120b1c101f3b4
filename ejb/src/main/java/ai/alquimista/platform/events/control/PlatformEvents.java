package ai.alquimista.platform.events.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Platform events ({@code alquimista.*}): tenant, user and activation events. */
@Stateless
public class PlatformEvents {

    @Inject
    HopRecorder hops;

    public void receive(AgentMessage message) {
        hops.record(Queue.PLATFORM, message, "received");
    }
}
