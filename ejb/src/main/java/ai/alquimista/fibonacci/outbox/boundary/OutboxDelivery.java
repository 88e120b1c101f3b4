package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.outbox.control.OutboxMetrics;
import ai.alquimista.fibonacci.outbox.control.OutboxRows;
import ai.alquimista.fibonacci.outbox.control.Outcome;
import ai.alquimista.shared.errors.Causes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends outbox messages to SQS, each row in a transaction of its own ({@link OutboxRows}): a row that fails,
 * whatever it throws, is kept with its error and tried again later, and never holds back or undoes another row's
 * send. Runs outside any transaction, so the rows' transactions are the only ones.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    public static final int SWEEP_BATCH = 100;

    @Inject
    OutboxRows rows;

    @Inject
    OutboxMetrics metrics;

    /** The relay right after the writing transaction committed: sends the row now, unless it is no longer pending. */
    public Outcome deliver(UUID outboxMessageId) {
        return attempt(outboxMessageId, false);
    }

    /**
     * Sends what is due: rows whose immediate relay failed, or whose process died before it.
     *
     * @return how many rows this sweep sent or failed (rows another instance held meanwhile are not counted), so
     *     {@link #SWEEP_BATCH} means there may be more due
     */
    public int sweep() {
        List<UUID> due = rows.due(SWEEP_BATCH);
        int handled = 0;
        for (UUID id : due) {
            if (attempt(id, true) != Outcome.SKIPPED) {
                handled++;
            }
        }
        return handled;
    }

    private Outcome attempt(UUID id, boolean onlyIfDue) {
        Outcome outcome;
        try {
            outcome = rows.send(id, onlyIfDue);
        } catch (RuntimeException e) {
            // the row's own transaction failed (it could not be read, or the commit failed): keep the reason on it
            LOG.log(Level.WARNING, "outbox message " + id + " could not be sent; recording why on the row", e);
            outcome = rows.recordFailure(id, Causes.reason(e));
        }
        if (outcome == Outcome.DIED) {
            metrics.died();
        }
        return outcome;
    }
}
