package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.outbox.control.OutboxBacklog;
import ai.alquimista.fibonacci.outbox.control.OutboxBacklogQuery;
import ai.alquimista.fibonacci.outbox.entity.OutboxMessage;
import ai.alquimista.fibonacci.outbox.entity.OutboxState;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.NotFound;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Operators' hold on the outbox: the rows still to be sent and the dead ones (without their bodies), and a retry
 * that makes a row due at once with every attempt to come. Every read and retry is in the audit log.
 */
@Stateless
public class OutboxAdministration {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    OutboxBacklogQuery backlog;

    @Inject
    AuditTrail audit;

    @Inject
    Event<OutboxWritten> due;

    @Inject
    Clock clock;

    /** Pending rows by when they are due (oldest first), or dead rows by when they died (newest first). */
    public List<OutboxEntry> list(OutboxState state, int limit, OperatorCaller operator) {
        String jpql = switch (state) {
            case PENDENTE ->
                "SELECT o FROM OutboxMessage o WHERE o.sentAt IS NULL AND o.deadAt IS NULL"
                        + " ORDER BY o.nextAttemptAt";
            case MORTA -> "SELECT o FROM OutboxMessage o WHERE o.deadAt IS NOT NULL ORDER BY o.deadAt DESC";
            case ENVIADA -> throw new IllegalArgumentException("sent rows are not listed");
        };
        audit.recordOperatorAct(operator, null, "operator.outbox.read", "outbox", state.label());
        return em
                .createQuery(jpql, OutboxMessage.class)
                .setHint("eclipselink.refresh", "true")
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(OutboxEntry::of)
                .toList();
    }

    /**
     * A dead or pending row becomes due now, its attempts counted afresh; it is relayed as soon as this commits.
     *
     * @throws NotFound when there is no such row
     * @throws Conflict when the row was sent already
     */
    public OutboxEntry retry(UUID id, OperatorCaller operator) {
        // locked (and so read afresh): a send in flight on another instance finishes first
        OutboxMessage message = id == null ? null : em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw new NotFound("no outbox message " + id);
        }
        if (message.isSent()) {
            throw new Conflict("outbox message " + id + " was sent at " + message.getSentAt());
        }
        message.retryNow(clock.instant());
        audit.recordOperatorAct(operator, null, "operator.outbox.retry", "outbox", id.toString());
        due.fire(new OutboxWritten(id));
        return OutboxEntry.of(message);
    }

    /** Every dead row becomes due now, its attempts counted afresh; the sweep sends them within seconds. */
    public RetriedOutbox retryDead(OperatorCaller operator) {
        int retried = em.createQuery("UPDATE OutboxMessage o SET o.attempts = 0, o.deadAt = NULL,"
                        + " o.nextAttemptAt = :now WHERE o.deadAt IS NOT NULL")
                .setParameter("now", clock.instant())
                .executeUpdate();
        audit.recordOperatorAct(operator, null, "operator.outbox.retry_dead", "outbox", String.valueOf(retried));
        return new RetriedOutbox(retried);
    }

    /** What readiness and operators need to judge the outbox: rows still to be sent, their lag, dead rows. */
    public OutboxBacklog backlog() {
        return backlog.backlog();
    }
}
