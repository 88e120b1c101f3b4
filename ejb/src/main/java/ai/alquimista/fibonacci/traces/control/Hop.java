package ai.alquimista.fibonacci.traces.control;

import ai.alquimista.fibonacci.events.entity.Event;

/** A recorded hop: the event, and whether the agent may act on it (its tenant activated the agent). */
public record Hop(Event event, boolean acted) {
}
