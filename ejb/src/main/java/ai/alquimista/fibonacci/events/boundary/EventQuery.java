package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.events.entity.Event;
import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import ai.alquimista.fibonacci.traces.entity.Trace;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
    public Optional<EventView> describeForOperator(UUID id, OperatorCaller operator) {
        Optional<EventView> event = describe(id);
        event.ifPresent(view ->
                audit.recordOperatorAct(operator, view.tenantId(), "operator.event.read", "event", id.toString()));
        return event;
    }

    public Optional<EventView> describe(UUID id) {
        return Optional.ofNullable(em.find(Event.class, id))
                .map(event -> EventView.of(event, traces(id), deliveries(id)));
    }

    private List<HopView> traces(UUID eventId) {
        return em
                .createQuery("SELECT t FROM Trace t WHERE t.eventId = :id ORDER BY t.createdAt", Trace.class)
                .setParameter("id", eventId.toString())
                .getResultList()
                .stream()
                .map(HopView::of)
                .toList();
    }

    private List<DeliveryView> deliveries(UUID eventId) {
        return em
                .createQuery(
                        "SELECT o FROM OutboxMessage o WHERE o.eventId = :id ORDER BY o.createdAt", OutboxMessage.class)
                .setParameter("id", eventId.toString())
                .getResultList()
                .stream()
                .map(DeliveryView::of)
                .toList();
    }
}
