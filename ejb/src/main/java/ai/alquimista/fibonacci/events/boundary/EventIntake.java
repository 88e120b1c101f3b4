package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.EventDetails;
import ai.alquimista.fibonacci.events.EventSubmission;
import ai.alquimista.fibonacci.events.control.AcceptedEvent;
import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.routing.EventRoutes;
import ai.alquimista.fibonacci.routing.UnroutableEvent;
import ai.alquimista.shared.tracing.TraceContext;
import ai.alquimista.shared.tracing.Tracing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/**
 * Fibonacci's front door: stores an event and its outbox message in one transaction, so an event
 * is either stored and (after commit) sent, or neither. An event published while an HTTP request or an agent's
 * delivery is under way joins its trace and inherits its correlation id ({@link Tracing}); otherwise it starts a
 * trace of its own.
 */
@Stateless
public class EventIntake {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<OutboxWritten> outboxWritten;

    /** An agent tells another: the typed event, for the tenant it acts for. */
    public AcceptedEvent publish(AgentEvent event, UUID tenantId) {
        return accept(EventDetails.submission(event, tenantId), Optional.of(tenantId));
    }

    public AcceptedEvent accept(EventSubmission submission) {
        return accept(submission, submission.tenantId());
    }

    /** @param tenantId the tenant the event belongs to, which the agents act for (from the caller's token) */
    public AcceptedEvent accept(EventSubmission submission, Optional<UUID> tenantId) {
        Queue queue =
                EventRoutes.route(submission.source()).orElseThrow(() -> new UnroutableEvent(submission.source()));
        Optional<TraceContext> cause = Tracing.current();
        UUID traceId = cause.map(TraceContext::traceId).orElseGet(UUID::randomUUID);
        Optional<String> correlationId = submission.correlationId().or(() -> cause.map(TraceContext::correlationId));
        Event event = new Event(submission.source(), submission.type(), submission.detail(), traceId);
        correlationId.ifPresent(event::setCorrelationId);
        tenantId.ifPresent(event::setTenantId);
        event.markRouted(queue.logicalName());
        em.persist(event);

        JsonObjectBuilder attributes = Json.createObjectBuilder()
                .add("event_id", event.getId().toString())
                .add("trace_id", traceId.toString());
        correlationId.ifPresent(id -> attributes.add("correlation_id", id));
        OutboxMessage message = OutboxMessage.forEvent(
                event.getId(),
                queue.logicalName(),
                AgentMessage.envelope(event.getId(), traceId, submission),
                attributes.build());
        em.persist(message);
        outboxWritten.fire(new OutboxWritten(message.getId()));
        return new AcceptedEvent(event.getId(), traceId, queue);
    }
}
