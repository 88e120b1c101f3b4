package ai.alquimista.fibonacci.outbox.control;

import ai.alquimista.fibonacci.outbox.boundary.OutboxDelivery;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Relays an outbox message as soon as the transaction that wrote it has committed. The send runs on a managed thread:
 * an after-completion observer may not start transactions of its own (the message-driven beans' transactions are still
 * completing there), and the caller need not wait for SQS. Whenever the relay cannot hand a row over (no executor, the
 * application stopping), the row simply stays pending: the sweeper ({@code OutboxSweeper}, every few seconds, on every
 * instance) sends it. Nothing here ever throws into the committing transaction's observers.
 *
 * <p>The executor is looked up on the committing thread, never injected: Payara injects a CDI bean's {@code @Resource}
 * only when the bean is created where a Jakarta EE component's environment is current (created lazily by the first
 * commit on a thread without one it was left {@code null}), and in an EAR not even for a bean created by the start-up
 * event (payara/Payara#3453). The relay is still created with the application ({@link #started}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";

    @Inject
    OutboxDelivery delivery;

    /**
     * Looked up on the first committing thread ({@link #executor()}), not injected: in an EAR, Payara cannot inject a
     * resource into a bean created by the start-up event (payara/Payara#3453).
     */
    ManagedExecutorService executor;

    private volatile boolean stopping;
    private final AtomicBoolean toldNoExecutor = new AtomicBoolean();

    /** Created with the application, so the first commit does not pay for it. */
    public void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine(() -> "outbox relay ready" + (executor == null ? " without an executor yet" : ""));
    }

    /** From here on nothing is handed to the executor, which stops with the application: the sweeper takes over. */
    public void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        stopping = true;
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        UUID id = written.outboxMessageId();
        if (stopping) {
            LOG.fine(() -> "application stopping: outbox message " + id + " left for the sweeper");
            return;
        }
        ManagedExecutorService relay = executor();
        if (relay == null) {
            return;
        }
        try {
            relay.execute(() -> deliver(id));
        } catch (RejectedExecutionException | IllegalStateException e) {
            // the container stops its executor with the application (or before telling us): nothing is lost
            LOG.info(() -> "outbox message " + id + " not relayed now (" + e + "); the sweeper sends it");
        }
    }

    private void deliver(UUID id) {
        try {
            delivery.deliver(id);
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info(() -> "outbox message " + id + " not relayed while the application stops (" + e
                        + "); the sweeper sends it");
            } else {
                // a managed task's failure is otherwise invisible; the row stays unsent for the sweeper
                LOG.log(Level.WARNING, "relaying outbox message " + id + " failed; the sweeper will send it", e);
            }
        }
    }

    /** The injected executor, or the one this thread's component environment names; null when there is none. */
    private ManagedExecutorService executor() {
        if (executor == null) {
            try {
                executor = InitialContext.doLookup(EXECUTOR);
            } catch (NamingException e) {
                if (toldNoExecutor.compareAndSet(false, true)) {
                    LOG.log(
                            Level.WARNING,
                            "no managed executor to relay outbox messages at once; the sweeper sends them",
                            e);
                }
            }
        }
        return executor;
    }
}
