package ai.alquimista.fibonacci.traces.control;

import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.messages.PoisonMessage;
import java.util.Optional;
import java.util.UUID;

/** A recorded hop: the event, and whether the agent may act on it (its tenant activated the agent). */
public record Hop(Event event, boolean acted) {

    /**
     * An id the stored event must carry for the agent to act on it. Its absence is poison: the message fails with
     * the reason and ends in the dead-letter queue, never a silent acknowledgement.
     */
    public UUID required(String name, Optional<UUID> id) {
        return id.orElseThrow(() -> new PoisonMessage(
                "event " + event.getId() + " (" + event.getType() + ") has no " + name + " in its detail"));
    }
}
