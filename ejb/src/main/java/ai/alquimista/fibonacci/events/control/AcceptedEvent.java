package ai.alquimista.fibonacci.events.control;

import ai.alquimista.fibonacci.queues.Queue;
import java.util.UUID;

/** What the caller of {@code POST /events} is told: the stored event, its trace and where it went. */
public record AcceptedEvent(UUID eventId, UUID traceId, Queue routedTo) {}
