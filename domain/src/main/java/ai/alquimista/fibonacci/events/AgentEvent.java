package ai.alquimista.fibonacci.events;

/**
 * An event one agent tells another, as a record annotated with its {@link AgentEventType}: its components are the
 * event's {@code detail} (snake_case, JSON-B), defined once and used by producer and consumer. The tenant is not a
 * component: it travels in the detail's {@code context.metadata.tenant_id} and, for the consumer, is the stored
 * event's.
 */
public interface AgentEvent {

    /** The FractalEvent type, such as {@code nigredo.recebimento.completed}. */
    default String type() {
        return definition().value();
    }

    /** The source that routes it to the consuming agent's queue, such as {@code nigredo.estrategia}. */
    default String source() {
        return definition().source();
    }

    /** Groups the deliveries of one fact, so a retried producer is recognisable downstream; null when none. */
    String correlationId();

    private AgentEventType definition() {
        AgentEventType definition = getClass().getAnnotation(AgentEventType.class);
        if (definition == null) {
            throw new IllegalStateException(getClass().getName() + " has no @AgentEventType");
        }
        return definition;
    }
}
