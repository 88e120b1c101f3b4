package ai.alquimista.fibonacci.outbox.control;

import ai.alquimista.fibonacci.outbox.boundary.OutboxDelivery;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays an outbox message as soon as the transaction that wrote it has committed. The send runs on
 * a managed thread: an after-completion observer may not start transactions of its own (the
 * message-driven beans' transactions are still completing there), and the caller need not wait for
 * SQS. If the process dies first, the sweeper sends it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Inject
    OutboxDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        executor.execute(() -> {
            try {
                delivery.deliver(written.outboxMessageId());
            } catch (RuntimeException e) {
                // a managed task's failure is otherwise invisible; the row stays unsent for the sweeper
                LOG.log(
                        Level.WARNING,
                        "relaying outbox message " + written.outboxMessageId() + " failed; the sweeper will send it",
                        e);
            }
        });
    }
}
