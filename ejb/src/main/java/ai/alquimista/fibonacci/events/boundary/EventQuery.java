package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import ai.alquimista.fibonacci.traces.entity.Trace;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.json.JsonAnswers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** {@code GET /events/{id}}: the event, where it was routed, its delivery and every hop. */
@Stateless
public class EventQuery {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * A platform operator reads an event (its detail may hold a lead's words): written to the event's tenant's audit
     * log, so its admins see who read what.
     */
    public Optional<JsonObject> describeForOperator(UUID id, UUID operatorId, String ipAddress, String userAgent) {
        Optional<JsonObject> event = describe(id);
        event.ifPresent(json -> audit.recordOperatorAct(
                operatorId,
                Ids.parse(json.getString("tenant_id", "")).orElse(null),
                "operator.event.read",
                "event",
                id.toString(),
                ipAddress,
                userAgent));
        return event;
    }

    public Optional<JsonObject> describe(UUID id) {
        Event event = em.find(Event.class, id);
        if (event == null) {
            return Optional.empty();
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", event.getId().toString())
                .add("source", event.getSource())
                .add("type", event.getType())
                .add("detail", event.getDetail())
                .add("trace_id", event.getTraceId().toString())
                .add("status", event.getStatus().name())
                .add("created_at", event.getCreatedAt().toString())
                .add("logs", event.getLogs())
                .add("traces", traces(id))
                .add("deliveries", deliveries(id));
        JsonAnswers.optional(json, "routed_to", event.getRoutedTo());
        JsonAnswers.optional(json, "correlation_id", event.getCorrelationId());
        JsonAnswers.optional(json, "tenant_id", event.getTenantId());
        JsonAnswers.optional(json, "origin_message_id", event.getOriginMessageId());
        return Optional.of(json.build());
    }

    private JsonArrayBuilder traces(UUID eventId) {
        JsonArrayBuilder traces = Json.createArrayBuilder();
        em.createQuery("SELECT t FROM Trace t WHERE t.eventId = :id ORDER BY t.createdAt", Trace.class)
                .setParameter("id", eventId.toString())
                .getResultList()
                .forEach(trace -> {
                    JsonObjectBuilder json = Json.createObjectBuilder()
                            .add("agent", trace.getAgent())
                            .add("status", trace.getStatus())
                            .add("created_at", trace.getCreatedAt().toString());
                    JsonAnswers.optional(json, "decision", trace.getDecision());
                    JsonAnswers.optional(json, "message_id", trace.getMessageId());
                    traces.add(json);
                });
        return traces;
    }

    private JsonArrayBuilder deliveries(UUID eventId) {
        JsonArrayBuilder deliveries = Json.createArrayBuilder();
        em.createQuery("SELECT o FROM OutboxMessage o WHERE o.eventId = :id ORDER BY o.createdAt", OutboxMessage.class)
                .setParameter("id", eventId.toString())
                .getResultList()
                .forEach(message -> {
                    JsonObjectBuilder json = Json.createObjectBuilder()
                            .add("queue", message.getQueue())
                            .add("attempts", message.getAttempts());
                    JsonAnswers.optional(json, "sent_at", message.getSentAt());
                    JsonAnswers.optional(json, "last_error", message.getLastError());
                    deliveries.add(json);
                });
        return deliveries;
    }
}
