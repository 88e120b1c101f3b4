package ai.alquimista.fibonacci.outbox.control;

import ai.alquimista.fibonacci.outbox.boundary.OutboxDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Relays an outbox message as soon as the transaction that wrote it has committed. */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    OutboxDelivery delivery;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        delivery.deliver(written.outboxMessageId());
    }
}
