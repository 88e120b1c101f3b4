package ai.alquimista.platform.retention.boundary;

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

/**
 * Prunes on every instance every {@code alquimista.retention.tick-minutes} (60), the first time two minutes after
 * start (a non-persistent timer: Payara Micro's persistent timers do not fail over). Instances pruning at once skip
 * each other's rows, so running everywhere is harmless.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    public static final String TIMER_NAME = "platform-retention";
    private static final long FIRST_RUN_MILLIS = 120_000;

    @Resource
    TimerService timers;

    @Inject
    Retention retention;

    @Inject
    RetentionSettings settings;

    @PostConstruct
    void schedule() {
        long interval = settings.tick().toMillis();
        timers.createIntervalTimer(Math.min(FIRST_RUN_MILLIS, interval), interval, new TimerConfig(TIMER_NAME, false));
    }

    /** Payara expunges an interval timer whose timeout fails twice: a failed run is logged and the next tick retries. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void prune() {
        try {
            retention.prune();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "retention run failed; retrying in " + settings.tick().toMinutes() + " min",
                    e);
        }
    }
}
