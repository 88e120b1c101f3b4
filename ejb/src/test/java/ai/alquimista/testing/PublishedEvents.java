package ai.alquimista.testing;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.events.control.AcceptedEvent;
import ai.alquimista.fibonacci.routing.EventRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fibonacci's front door as an agent sees it, without the bus behind it: keeps each typed event an agent publishes,
 * with its tenant, and refuses one the bus could not route.
 */
public final class PublishedEvents extends EventIntake {

    /** One event an agent published for a tenant. */
    public record Published(AgentEvent event, UUID tenantId) {}

    private final List<Published> published = new ArrayList<>();

    @Override
    public AcceptedEvent publish(AgentEvent event, UUID tenantId) {
        var queue = EventRoutes.route(event.source())
                .orElseThrow(() -> new IllegalArgumentException("no route for " + event.source()));
        published.add(new Published(event, tenantId));
        return new AcceptedEvent(UUID.randomUUID(), UUID.randomUUID(), queue);
    }

    public List<Published> all() {
        return List.copyOf(published);
    }
}
