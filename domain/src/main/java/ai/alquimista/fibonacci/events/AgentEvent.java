package ai.alquimista.fibonacci.events;

/**
 * An event one agent tells another, as a record: its components are the event's {@code detail} (snake_case, JSON-B),
 * defined once and used by producer and consumer. The tenant is not a component: it travels in the detail's
 * {@code context.metadata.tenant_id} and, for the consumer, is the stored event's.
 */
public interface AgentEvent {

    /** The FractalEvent type, such as {@code nigredo.recebimento.completed}. */
    String type();

    /** The source that routes it to the consuming agent's queue, such as {@code nigredo.estrategia}. */
    String source();

    /** Groups the deliveries of one fact, so a retried producer is recognisable downstream. */
    String correlationId();
}
