package ai.alquimista.fibonacci.traces.boundary;

import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.entity.Trace;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.shared.tracing.Tracing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Records an agent's hop inside the agent's transaction: a trace row and an entry in the event's
 * {@code logs[]}. At-least-once delivery is made exactly-once here: the first insert of
 * (agent, message key) into processed_messages wins; a redelivered duplicate records nothing.
 */
@Dependent
public class HopRecorder {

    private static final Logger LOG = Logger.getLogger(HopRecorder.class.getName());

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ActivationGate gate;

    @Inject
    HopTiming timing;

    /**
     * @return the event the hop was recorded on, or empty when this message was already processed. For a
     *     tenant that has not activated this agent the hop says so and the agent must not act.
     */
    public Optional<Hop> record(Queue agent, AgentMessage message, String decision) {
        if (!claim(agent, message)) {
            LOG.fine(() -> "message " + message.messageId() + " already processed by " + agent.logicalName());
            return Optional.empty();
        }
        Event event = message.eventId().map(this::lockedEvent).orElseGet(() -> registerInjected(agent, message));
        Tracing.amend(context ->
                context.onEvent(event.getTraceId(), event.getCorrelationId(), event.getTenantId(), event.getId()));
        String refusal = refusal(agent, event);
        boolean acted = refusal == null;
        String recorded = acted ? decision : "skipped: " + refusal;
        event.appendLog(Json.createObjectBuilder()
                .add("timestamp", clock.instant().toString())
                .add("agent", agent.logicalName())
                .add("decision", recorded)
                .add("trace_id", event.getTraceId().toString())
                .build());
        event.markProcessed();
        Trace hop = new Trace(event.getTraceId(), event.getId(), agent.logicalName(), recorded, Trace.OK)
                .withMessage(message.messageId(), null);
        em.persist(hop);
        timing.recorded(hop);
        return Optional.of(new Hop(event, acted));
    }

    /**
     * Why the agent must not act on this event, or null. What an agent acts on (tenant, type, ids) is the stored
     * event's, never the message body's: a message naming an event meant for another queue is not acted on, and a
     * message put on a queue by hand names no tenant it could prove, so it is recorded and acted on by nobody.
     */
    private String refusal(Queue agent, Event event) {
        if (event.getTenantId() == null) {
            return "the event belongs to no tenant";
        }
        if (!agent.logicalName().equals(event.getRoutedTo())) {
            return "the event was routed to " + event.getRoutedTo() + ", not to " + agent.logicalName();
        }
        if (!gate.allows(event.getTenantId(), agent)) {
            return ActivationGate.agentId(agent) + " is not activated by tenant " + event.getTenantId()
                    + ", or the tenant is not active";
        }
        return null;
    }

    private boolean claim(Queue agent, AgentMessage message) {
        String key = message.eventId().map(id -> "event:" + id).orElse("message:" + message.messageId());
        return em.createNativeQuery("INSERT INTO fibonacci_core.processed_messages (consumer, message_key)"
                                + " VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                        .setParameter(1, agent.logicalName())
                        .setParameter(2, key)
                        .executeUpdate()
                == 1;
    }

    private Event lockedEvent(UUID eventId) {
        Event event = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            // Not poison: the event may belong to a transaction not yet visible; redelivery retries it.
            throw new IllegalStateException("event " + eventId + " is not in fibonacci_core.events");
        }
        return event;
    }

    private Event registerInjected(Queue agent, AgentMessage message) {
        Event event = new Event(
                message.event().source(),
                message.event().type(),
                message.event().detail(),
                message.traceId().orElseGet(UUID::randomUUID));
        message.event().correlationId().ifPresent(event::setCorrelationId);
        event.setOriginMessageId(message.messageId());
        event.markRouted(agent.logicalName());
        em.persist(event);
        return event;
    }
}
