package ai.alquimista.operations.timers.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every timer of ours shares: it is scheduled at start from its configuration ({@link #schedule()}); a run that
 * would overlap the one still going, or start while the application is stopping, is skipped; and a failed run is
 * logged and left to the next one, never thrown, since Payara expunges an interval timer whose timeout fails twice
 * (a short database outage would end it for good).
 *
 * <p>A run has no transaction of its own ({@code NOT_SUPPORTED}): the boundaries it calls start theirs, so one
 * item's failure rolls back only that item, and a failure caught here cannot leave a transaction marked for
 * rollback behind (which the container would count as a failed timeout).
 *
 * <p>A subclass is the bean: {@code @Singleton @Startup @DependsOn("SchemaMigration")} and
 * {@code @ConcurrencyManagement(BEAN)} (so an overlapping tick reaches the guard and returns at once instead of
 * queueing on the container's lock). It implements {@link #schedule()} and {@link #run()}, nothing else: the
 * {@code @Timeout} method is this class's (the EJB specification and Payara find a timeout method declared on a
 * superclass), and this is where anything every timer needs (pausing, running now, the last run's outcome) belongs.
 */
public abstract class GuardedTimer {

    private static final Logger LOG = Logger.getLogger(GuardedTimer.class.getName());

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    /** Set at start, before the timer exists: a timeout always finds it. */
    private volatile TimerSchedule schedule;

    /** When this timer runs; empty when configuration switches it off. Asked once, at start (after injection). */
    protected abstract Optional<TimerSchedule> schedule();

    /** One run. A runtime exception ends this run only: it is logged and the next run tries again. */
    protected abstract void run();

    @PostConstruct
    void start() {
        schedule().ifPresent(wanted -> {
            schedule = wanted;
            wanted.createIn(timers);
        });
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout() {
        if (stopping || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, schedule.work() + " failed (timer " + schedule.name() + "); " + schedule.retry(), e);
        } finally {
            running.set(false);
        }
    }
}
