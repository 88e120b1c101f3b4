package ai.alquimista.fibonacci.traces.boundary;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.EventDetails;
import ai.alquimista.fibonacci.events.MalformedEvent;
import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.queues.Queue;
import java.util.UUID;

/**
 * A recorded hop: the stored event, and whether the agent may act on it (its tenant activated the agent). An agent
 * acts on the stored event's type, tenant and detail, never the message body's.
 */
public record Hop(Event event, boolean acted) {

    public String type() {
        return event.getType();
    }

    public UUID tenantId() {
        return event.getTenantId();
    }

    /**
     * The detail as the record of its type. A detail that does not fit is poison: the message fails with the reason
     * and ends in the dead-letter queue, never a silent acknowledgement.
     */
    public <T extends AgentEvent> T read(Class<T> record) {
        try {
            return EventDetails.read(type(), event.getDetail(), record);
        } catch (MalformedEvent e) {
            throw new MalformedEvent("event " + event.getId() + " (" + type() + "): " + e.getMessage(), e);
        }
    }

    /** The event is the agent's but of a type it does not handle: poison, with the reason. */
    public MalformedEvent unhandled(Queue agent) {
        return MalformedEvent.unhandled(event.getId().toString(), agent.logicalName(), type());
    }
}
