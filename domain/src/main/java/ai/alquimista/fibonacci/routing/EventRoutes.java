package ai.alquimista.fibonacci.routing;

import ai.alquimista.fibonacci.queues.Queue;
import java.util.Optional;

/**
 * The Fibonacci routing rules of seed 001 §3, in one place: {@code nigredo.<agent>[.*]} to that
 * agent's queue, {@code alquimista[.*]} to the platform queue, {@code fibonacci.demo} to the demo queue.
 */
public final class EventRoutes {

    private static final String NIGREDO = "nigredo.";
    private static final String ALQUIMISTA = "alquimista";
    private static final String DEMO = "fibonacci.demo";

    private EventRoutes() {}

    public static Optional<Queue> route(String source) {
        if (source == null) {
            return Optional.empty();
        }
        if (source.equals(DEMO)) {
            return Optional.of(Queue.DEMO);
        }
        if (source.equals(ALQUIMISTA) || source.startsWith(ALQUIMISTA + ".")) {
            return Optional.of(Queue.PLATFORM);
        }
        if (source.startsWith(NIGREDO)) {
            String agent = source.substring(NIGREDO.length()).split("\\.", 2)[0];
            return Queue.byLogicalName(agent)
                    .filter(Queue::isNigredoAgent)
                    .filter(q -> q.logicalName().equals(agent));
        }
        return Optional.empty();
    }
}
