package ai.alquimista.operations.timers.boundary;

import ai.alquimista.operations.timers.control.InstanceName;
import ai.alquimista.operations.timers.control.PauseFlags;
import ai.alquimista.operations.timers.control.TickWriter;
import ai.alquimista.operations.timers.control.TimerLedger;
import ai.alquimista.operations.timers.control.TimerRegistry;
import ai.alquimista.operations.timers.control.TimerTick;
import ai.alquimista.shared.logging.Outage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
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
 * superclass), and this is where anything every timer needs belongs:
 *
 * <ul>
 *   <li>an operator's pause holds on every instance: a paused timer's ticks run nothing ({@link PauseFlags});
 *   <li>an operator may run it now on an instance ({@link TimerRegistry}), through the same guard;
 *   <li>its ticks are written down per instance ({@link TimerLedger}, at most every five seconds: {@link
 *       TickWriter}): the schedule, the next run, the last run's start, duration, outcome and error, and the counts,
 *       so any instance can show every instance's timers.
 * </ul>
 */
public abstract class GuardedTimer implements TimerRegistry.Entry {

    private static final Logger LOG = Logger.getLogger(GuardedTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TimerLedger ledger;

    @Inject
    PauseFlags pauses;

    @Inject
    TimerRegistry registry;

    @Inject
    InstanceName instance;

    @Inject
    Clock timerClock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final Outage ledgerOutage = new Outage(LOG, "writing down a timer's start or run in the timers' ledger");
    private volatile boolean stopping;
    /** Set at start, before the timer exists: a timeout always finds it. */
    private volatile TimerSchedule schedule;

    private volatile Timer timer;
    private volatile TickWriter ticks;

    /** When this timer runs; empty when configuration switches it off. Asked once, at start (after injection). */
    protected abstract Optional<TimerSchedule> schedule();

    /** One run. A runtime exception ends this run only: it is logged and the next run tries again. */
    protected abstract void run();

    @PostConstruct
    void start() {
        schedule().ifPresent(wanted -> {
            schedule = wanted;
            timer = wanted.createIn(timers);
            ticks = new TickWriter(ledger, timerClock);
            registry.add(this);
            write(() -> ledger.scheduled(tick(timer, null)));
        });
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (schedule != null) {
            registry.remove(this);
            write(() -> ledger.stopped(schedule.name(), instance.get()));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout(Timer ticking) {
        if (stopping) {
            return;
        }
        if (pauses.paused(schedule.name())) {
            ticks.note(tick(ticking, null), false);
            return;
        }
        if (claim()) {
            runClaimed(ticking, false);
        }
    }

    @Override
    public String name() {
        return schedule.name();
    }

    @Override
    public boolean claim() {
        return !stopping && running.compareAndSet(false, true);
    }

    @Override
    public void runClaimed() {
        runClaimed(timer, true);
    }

    private void runClaimed(Timer ticking, boolean asked) {
        Instant started = timerClock.instant();
        long start = System.nanoTime();
        String error = null;
        try {
            run();
        } catch (RuntimeException e) {
            error = e.toString();
            LOG.log(Level.WARNING, schedule.work() + " failed (timer " + schedule.name() + "); " + schedule.retry(), e);
        } finally {
            running.set(false);
        }
        TimerTick.Run run = new TimerTick.Run(started, (System.nanoTime() - start) / 1_000_000, error);
        ticks.note(tick(ticking, run), asked);
    }

    private TimerTick tick(Timer ticking, TimerTick.Run run) {
        return new TimerTick(
                schedule.name(),
                instance.get(),
                schedule.work(),
                schedule.describe(),
                timerClock.instant(),
                nextRun(ticking),
                run);
    }

    /** Null when not known: the ledger keeps the last known one. */
    private static Instant nextRun(Timer ticking) {
        try {
            return ticking == null ? null : ticking.getNextTimeout().toInstant();
        } catch (RuntimeException notNow) {
            // cancelled while the application stops, no timeout left on a calendar, or asked outside a bean method
            // (a run started by an operator): the next run is not known here
            return null;
        }
    }

    /** The ledger is for operators to read: a failure to write it never fails a run or a start. */
    private void write(Runnable entry) {
        try {
            entry.run();
            ledgerOutage.succeeded();
        } catch (RuntimeException e) {
            ledgerOutage.failed(e);
        }
    }
}
