package ai.alquimista.fibonacci.outbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sweeps the outbox on every instance (a non-persistent timer: Payara Micro's persistent timers do
 * not fail over); row claiming in {@link OutboxDelivery} makes concurrent sweeps safe. Each row is sent in a
 * transaction of its own, so a sweep goes on past a row that fails.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class OutboxSweeper {

    private static final Logger LOG = Logger.getLogger(OutboxSweeper.class.getName());

    public static final String TIMER_NAME = "fibonacci-outbox-sweep";

    @Resource
    TimerService timers;

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "alquimista.outbox.sweep-seconds", defaultValue = "5")
    int sweepSeconds;

    @PostConstruct
    void schedule() {
        long interval = sweepSeconds * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(TIMER_NAME, false));
    }

    /**
     * Payara expunges an interval timer whose timeout fails twice, which would end sweeping for
     * good after a short database outage; so a failed sweep is logged and the next tick retries.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int sent;
            do {
                sent = delivery.sweep();
            } while (sent == OutboxDelivery.SWEEP_BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox sweep failed; retrying in " + sweepSeconds + " s", e);
        }
    }
}
