package ai.alquimista.operations.timers.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.operations.timers.control.InstanceName;
import ai.alquimista.operations.timers.control.PauseFlags;
import ai.alquimista.operations.timers.control.TimerLedger;
import ai.alquimista.operations.timers.control.TimerRegistry;
import ai.alquimista.operations.timers.control.TimerTick;
import ai.alquimista.testing.SimulatedClock;
import jakarta.ejb.ScheduleExpression;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuardedTimerTest {

    private final ScheduledTimers container = new ScheduledTimers();
    private final MemoryLedger ledger = new MemoryLedger();
    private final TimerRegistry registry = new TimerRegistry();
    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T09:00:00");
    private final InstanceName instance = named("app-1#42");
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger log = Logger.getLogger(GuardedTimer.class.getName());
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        log.addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(recorder);
    }

    @Test
    void anIntervalTimerIsCreatedAtStartNonPersistentUnderItsName() {
        started(new Sweep(Optional.of(TimerSchedule.every("outbox-sweep", "outbox sweep", Duration.ofSeconds(5)))));

        assertThat(container.created)
                .containsExactly(new ScheduledTimers.Created("outbox-sweep", false, 5_000L, 5_000L, null));
    }

    @Test
    void theFirstRunMayComeSoonerThanTheInterval() {
        started(new Sweep(Optional.of(TimerSchedule.every("retention", "retention run", Duration.ofHours(1))
                .firstAfter(Duration.ofMinutes(2)))));

        assertThat(container.created)
                .containsExactly(new ScheduledTimers.Created("retention", false, 120_000L, 3_600_000L, null));
    }

    @Test
    void aCalendarTimerRunsOnItsCalendar() {
        ScheduleExpression minute23 = new ScheduleExpression().hour("*").minute("23");

        started(new Sweep(Optional.of(TimerSchedule.calendar("lgpd", "LGPD retention run", minute23))));

        assertThat(container.created).singleElement().satisfies(timer -> {
            assertThat(timer.name()).isEqualTo("lgpd");
            assertThat(timer.persistent()).isFalse();
            assertThat(timer.calendar().getHour()).isEqualTo("*");
            assertThat(timer.calendar().getMinute()).isEqualTo("23");
        });
    }

    @Test
    void aTimerSwitchedOffByConfigurationIsNeverCreated() {
        started(new Sweep(Optional.empty()));

        assertThat(container.created).isEmpty();
    }

    @Test
    void aFailedRunIsLoggedWithWhenItIsRetriedAndTheNextRunGoesAhead() {
        Sweep sweep = started(
                new Sweep(Optional.of(TimerSchedule.every("outbox-sweep", "outbox sweep", Duration.ofSeconds(5)))));
        sweep.failWith(new IllegalStateException("database unreachable"));

        sweep.timeout(null);

        assertThat(sweep.runs).hasValue(1);
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.getMessage()).isEqualTo("outbox sweep failed (timer outbox-sweep); retrying in 5 s");
            assertThat(warning.getThrown()).hasMessage("database unreachable");
        });

        sweep.failWith(null);
        sweep.timeout(null);

        assertThat(sweep.runs).hasValue(2);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aTickWhileTheLastRunIsStillGoingIsSkipped() throws Exception {
        Sweep sweep = started(
                new Sweep(Optional.of(TimerSchedule.every("lotes", "closing the open lotes", Duration.ofMillis(250)))));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        sweep.holdEachRun(inside, release);
        CompletableFuture<Void> slowRun = CompletableFuture.runAsync(() -> sweep.timeout(null));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        sweep.timeout(null);

        assertThat(sweep.runs).hasValue(1);
        release.countDown();
        slowRun.get(5, TimeUnit.SECONDS);
        sweep.holdEachRun(null, null);
        sweep.timeout(null);
        assertThat(sweep.runs).hasValue(2);
    }

    @Test
    void onceTheApplicationStopsNoRunStarts() {
        Sweep sweep = started(
                new Sweep(Optional.of(TimerSchedule.every("outbox-sweep", "outbox sweep", Duration.ofSeconds(5)))));

        sweep.stop();
        sweep.timeout(null);

        assertThat(sweep.runs).hasValue(0);
    }

    @Test
    void theRetryIsToldInTheIntervalsOwnUnit() {
        assertThat(TimerSchedule.every("a", "a", Duration.ofMillis(250)).retry())
                .isEqualTo("retrying in 250 ms");
        assertThat(TimerSchedule.every("a", "a", Duration.ofSeconds(30)).retry())
                .isEqualTo("retrying in 30 s");
        assertThat(TimerSchedule.every("a", "a", Duration.ofMinutes(60)).retry())
                .isEqualTo("retrying in 60 min");
        assertThat(TimerSchedule.calendar("a", "a", new ScheduleExpression().minute("23"))
                        .retry())
                .isEqualTo("retrying at the next time of its calendar");
    }

    @Test
    void aScheduleWithoutAPositiveIntervalIsRefused() {
        assertThatThrownBy(() -> TimerSchedule.every("a", "a", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void aPausedTimersTicksRunNothingUntilItIsResumed() {
        Sweep sweep = started(
                new Sweep(Optional.of(TimerSchedule.every("outbox-sweep", "outbox sweep", Duration.ofSeconds(5)))));
        ledger.paused.add("outbox-sweep");
        clock.advance(Duration.ofSeconds(5));

        sweep.timeout(null);

        assertThat(sweep.runs).hasValue(0);
        assertThat(ledger.ticks)
                .last()
                .satisfies(tick -> assertThat(tick.run()).as("seen, not run").isNull());

        ledger.paused.clear();
        clock.advance(Duration.ofSeconds(5));
        sweep.timeout(null);
        assertThat(sweep.runs).hasValue(1);
    }

    @Test
    void everyRunIsWrittenDownWithItsStartDurationAndError() {
        Sweep sweep = started(
                new Sweep(Optional.of(TimerSchedule.every("outbox-sweep", "outbox sweep", Duration.ofSeconds(5)))));
        assertThat(ledger.ticks).as("scheduled at start").singleElement().satisfies(tick -> {
            assertThat(tick.timerName()).isEqualTo("outbox-sweep");
            assertThat(tick.instance()).isEqualTo("app-1#42");
            assertThat(tick.schedule()).isEqualTo("every 5 s");
            assertThat(tick.run()).isNull();
        });

        sweep.timeout(null);
        sweep.failWith(new IllegalStateException("database unreachable"));
        sweep.timeout(null);

        assertThat(ledger.ticks).hasSize(3);
        assertThat(ledger.ticks.get(1).run().outcome()).isEqualTo("ok");
        assertThat(ledger.ticks.get(1).run().startedAt()).isEqualTo(clock.instant());
        assertThat(ledger.ticks.get(2).run().outcome()).isEqualTo("failed");
        assertThat(ledger.ticks.get(2).run().error()).contains("database unreachable");
    }

    @Test
    void aLedgerOutOfReachNeverFailsARun() {
        Sweep sweep = started(
                new Sweep(Optional.of(TimerSchedule.every("outbox-sweep", "outbox sweep", Duration.ofSeconds(5)))));
        ledger.unreachable = true;

        sweep.timeout(null);

        assertThat(sweep.runs).hasValue(1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void anOperatorsRunNowTakesTheSameGuardAsTheTimer() throws Exception {
        Sweep sweep = started(
                new Sweep(Optional.of(TimerSchedule.every("lotes", "closing the open lotes", Duration.ofMinutes(1)))));
        TimerRegistry.Entry entry = registry.find("lotes").orElseThrow();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        sweep.holdEachRun(inside, release);
        CompletableFuture<Void> tick = CompletableFuture.runAsync(() -> sweep.timeout(null));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(entry.claim()).as("the timer's own run is going on").isFalse();

        release.countDown();
        tick.get(5, TimeUnit.SECONDS);
        sweep.holdEachRun(null, null);
        assertThat(entry.claim()).isTrue();
        entry.runClaimed();
        assertThat(sweep.runs).hasValue(2);
    }

    @Test
    void aStoppedTimerLeavesTheRegistryAndItsRow() {
        Sweep sweep = started(
                new Sweep(Optional.of(TimerSchedule.every("outbox-sweep", "outbox sweep", Duration.ofSeconds(5)))));

        sweep.stop();

        assertThat(registry.find("outbox-sweep")).isEmpty();
        assertThat(ledger.stopped).containsExactly("outbox-sweep@app-1#42");
    }

    private Sweep started(Sweep sweep) {
        sweep.timers = container.service();
        sweep.ledger = ledger;
        sweep.pauses = Beans.wire(new PauseFlags(), ledger, clock);
        sweep.registry = registry;
        sweep.instance = instance;
        sweep.timerClock = clock;
        sweep.start();
        return sweep;
    }

    /** The ledger as the database would keep it, in memory. */
    private static final class MemoryLedger extends TimerLedger {
        final List<TimerTick> ticks = new CopyOnWriteArrayList<>();
        final List<String> stopped = new CopyOnWriteArrayList<>();
        final Set<String> paused = ConcurrentHashMap.newKeySet();
        volatile boolean unreachable;

        @Override
        public void scheduled(TimerTick tick) {
            ticked(tick);
        }

        @Override
        public void ticked(TimerTick tick) {
            if (unreachable) {
                throw new IllegalStateException("the timers' rows are out of reach: connection refused");
            }
            ticks.add(tick);
        }

        @Override
        public void stopped(String timerName, String instance) {
            stopped.add(timerName + "@" + instance);
        }

        @Override
        public Set<String> pausedTimers() {
            return Set.copyOf(paused);
        }
    }

    /** A timer as our beans are: a schedule from its configuration and a run. */
    private static final class Sweep extends GuardedTimer {

        final AtomicInteger runs = new AtomicInteger();
        private final Optional<TimerSchedule> schedule;
        private volatile RuntimeException failure;
        private volatile CountDownLatch inside;
        private volatile CountDownLatch release;

        Sweep(Optional<TimerSchedule> schedule) {
            this.schedule = schedule;
        }

        void failWith(RuntimeException failure) {
            this.failure = failure;
        }

        void holdEachRun(CountDownLatch inside, CountDownLatch release) {
            this.inside = inside;
            this.release = release;
        }

        @Override
        protected Optional<TimerSchedule> schedule() {
            return schedule;
        }

        @Override
        protected void run() {
            runs.incrementAndGet();
            if (inside != null) {
                inside.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static InstanceName named(String name) {
        return Beans.wire(new InstanceName(), name);
    }
}
