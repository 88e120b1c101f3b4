package ai.alquimista.fibonacci.outbox.control;

import ai.alquimista.fibonacci.outbox.boundary.OutboxDelivery;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Relays an outbox message as soon as the transaction that wrote it has committed. The send runs on
 * a managed thread: an after-completion observer may not start transactions of its own (the
 * message-driven beans' transactions are still completing there), and the caller need not wait for
 * SQS. If the process dies first, the sweeper sends it.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    OutboxDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        executor.execute(() -> delivery.deliver(written.outboxMessageId()));
    }
}
