package ai.alquimista.fibonacci.traces.boundary;

import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import ai.alquimista.fibonacci.traces.entity.Trace;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code GET /api/traces/{id}}: a trace's events and hops with the time spent in each queue and each agent. A tenant
 * sees only its own events of a trace (a trace id can be named by anyone who sends a {@code traceparent}); a platform
 * operator sees them all, and the read is written to each tenant's audit log.
 */
@Stateless
public class TraceQuery {

    /** The most events one answer shows; an import's trace holds a handful, a runaway loop would hold thousands. */
    static final int MAX_EVENTS = 500;

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Optional<TraceView> forTenant(UUID traceId, UUID tenantId) {
        return describe(
                traceId,
                em.createQuery(
                                "SELECT e FROM Event e WHERE e.traceId = :trace AND e.tenantId = :tenant"
                                        + " ORDER BY e.createdAt, e.id",
                                Event.class)
                        .setParameter("tenant", tenantId.toString()));
    }

    public Optional<TraceView> forOperator(UUID traceId, OperatorCaller operator) {
        Optional<TraceView> trace = describe(
                traceId,
                em.createQuery(
                        "SELECT e FROM Event e WHERE e.traceId = :trace ORDER BY e.createdAt, e.id", Event.class));
        trace.ifPresent(view -> view.events().stream()
                .map(TraceStep::tenantId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(tenant ->
                        audit.recordOperatorAct(operator, tenant, "operator.trace.read", "trace", traceId.toString())));
        return trace;
    }

    /**
     * A lead's whole path through the agents, across traces: the tenant's events about the lead (its {@code lead_id})
     * and about the import that brought it in (its {@code import_id}: the chunks, the hand-off to Estratégia, the
     * enrolment), in the order they were published.
     */
    @SuppressWarnings("unchecked")
    public Optional<TraceView> forLead(UUID tenantId, UUID leadId, Optional<UUID> importId) {
        List<UUID> ids = em
                .createNativeQuery(
                        "SELECT id FROM fibonacci_core.events WHERE tenant_id = ?1 AND ((detail->>'lead_id') = ?2"
                                + " OR (detail->>'import_id') = ?3) ORDER BY created_at, id LIMIT ?4")
                .setParameter(1, tenantId)
                .setParameter(2, leadId.toString())
                .setParameter(3, importId.map(UUID::toString).orElse(""))
                .setParameter(4, MAX_EVENTS + 1)
                .getResultList()
                .stream()
                .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                .toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return steps(
                null,
                em.createQuery("SELECT e FROM Event e WHERE e.id IN :ids ORDER BY e.createdAt, e.id", Event.class)
                        .setParameter("ids", ids)
                        .getResultList(),
                ids.size() > MAX_EVENTS);
    }

    private Optional<TraceView> describe(UUID traceId, jakarta.persistence.TypedQuery<Event> query) {
        List<Event> events = query.setParameter("trace", traceId.toString())
                .setMaxResults(MAX_EVENTS + 1)
                .getResultList();
        return steps(traceId, events, events.size() > MAX_EVENTS);
    }

    private Optional<TraceView> steps(UUID traceId, List<Event> events, boolean truncated) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<Event> shown = events.size() > MAX_EVENTS ? events.subList(0, MAX_EVENTS) : events;
        List<String> ids = shown.stream().map(e -> e.getId().toString()).toList();
        Map<UUID, List<Trace>> hops = hops(ids);
        Map<UUID, Instant> sent = sentAt(ids);
        List<TraceStep> steps = shown.stream()
                .map(event -> step(event, sent.get(event.getId()), hops.getOrDefault(event.getId(), List.of())))
                .toList();
        return Optional.of(TraceView.of(traceId, steps, truncated));
    }

    private static TraceStep step(Event event, Instant sentAt, List<Trace> hops) {
        Instant waitingSince = sentAt == null ? event.getCreatedAt() : sentAt;
        return TraceStep.of(
                event,
                sentAt,
                hops.stream()
                        .sorted(Comparator.comparing(Trace::getCreatedAt))
                        .map(hop -> TraceHop.of(hop, waitingSince))
                        .toList());
    }

    private Map<UUID, List<Trace>> hops(List<String> eventIds) {
        return em
                .createQuery("SELECT t FROM Trace t WHERE t.eventId IN :ids", Trace.class)
                .setParameter("ids", eventIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Trace::getEventId));
    }

    /** When the outbox first handed each event to SQS (a redriven event is sent again; its first send counts). */
    private Map<UUID, Instant> sentAt(List<String> eventIds) {
        return em
                .createQuery(
                        "SELECT o FROM OutboxMessage o WHERE o.eventId IN :ids AND o.sentAt IS NOT NULL",
                        OutboxMessage.class)
                .setParameter("ids", eventIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(
                        OutboxMessage::getEventId, OutboxMessage::getSentAt, (a, b) -> a.isBefore(b) ? a : b));
    }
}
