package ai.alquimista.operations.timers.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.operations.timers.control.InstanceName;
import ai.alquimista.operations.timers.control.PauseFlags;
import ai.alquimista.operations.timers.control.TimerLedger;
import ai.alquimista.operations.timers.control.TimerPause;
import ai.alquimista.operations.timers.control.TimerRegistry;
import ai.alquimista.operations.timers.control.TimerRow;
import ai.alquimista.operations.timers.control.TimerTick;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.SimulatedClock;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances, a and b, run the outbox sweep on one database; an operator signed in to a looks at the timers,
 * pauses the sweep (b stops within two seconds), and runs it now on a.
 */
class TimersTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final OperatorCaller OPERADORA =
            new OperatorCaller(UUID.randomUUID(), "198.51.100.7", "Mozilla/5.0 (console)");

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T09:00:00");
    private final String sweepName =
            "outbox-sweep-" + UUID.randomUUID().toString().substring(0, 8);
    private final CommittedLedger ledger = Beans.wire(new CommittedLedger(), db.dataSource(), clock);
    private final TimerRegistry registryOfA = new TimerRegistry();
    private final PauseFlags pausesOfA = Beans.wire(new PauseFlags(), ledger, clock);
    private final PauseFlags pausesOfB = Beans.wire(new PauseFlags(), ledger, clock);
    private final InstanceName a = Beans.wire(new InstanceName(), "a#" + sweepName);
    private final Timers timers = Beans.wire(
            new Timers(),
            ledger,
            registryOfA,
            pausesOfA,
            a,
            Beans.wire(new AuditTrail(), db.entityManager()),
            clock,
            sameThread());
    private Sweep sweepOnA;

    @BeforeEach
    void bothInstancesRunTheSweep() {
        sweepOnA = new Sweep(sweepName);
        sweepOnA.timers = new ScheduledTimers().service();
        sweepOnA.ledger = ledger;
        sweepOnA.pauses = pausesOfA;
        sweepOnA.registry = registryOfA;
        sweepOnA.instance = a;
        sweepOnA.timerClock = clock;
        sweepOnA.start();
        ledger.ticked(new TimerTick(
                sweepName,
                "b#" + sweepName,
                "outbox sweep",
                "every 5 s",
                clock.instant(),
                clock.instant().plusSeconds(5),
                new TimerTick.Run(clock.instant().minusSeconds(1), 250, "java.lang.IllegalStateException: boom")));
    }

    @AfterEach
    void stop() {
        sweepOnA.stop();
    }

    @Test
    void theOperatorSeesTheTimerOnBothInstancesWithWhatItLastDid() {
        sweepOnA.timeout(null);

        TimerView sweep = timers.one(sweepName);

        assertThat(sweep.work()).isEqualTo("outbox sweep");
        assertThat(sweep.schedule()).isEqualTo("every 5 s");
        assertThat(sweep.paused()).isFalse();
        assertThat(sweep.instances()).hasSize(2);
        TimerView.OnInstance onA = onInstance(sweep, "a#");
        assertThat(onA.thisInstance()).isTrue();
        assertThat(onA.lastRun().outcome()).isEqualTo("ok");
        assertThat(onA.runs()).isEqualTo(1);
        TimerView.OnInstance onB = onInstance(sweep, "b#");
        assertThat(onB.thisInstance()).isFalse();
        assertThat(onB.lastRun().outcome()).isEqualTo("failed");
        assertThat(onB.lastRun().error()).contains("boom");
        assertThat(onB.lastRun().durationMs()).isEqualTo(250);
        assertThat(onB.failures()).isEqualTo(1);
        assertThat(onB.nextRunAt()).isEqualTo(clock.instant().plusSeconds(5));
    }

    @Test
    void aPauseHoldsOnEveryInstanceWithinTwoSecondsUntilResumedAndIsAudited() {
        assertThat(pausesOfB.paused(sweepName)).isFalse();

        TimerView paused = db.inTransaction(() -> timers.pauseForOperator(sweepName, OPERADORA));

        assertThat(paused.paused()).isTrue();
        assertThat(paused.pausedBy()).isEqualTo(OPERADORA.operatorId());
        assertThat(pausesOfA.paused(sweepName)).as("at once where it was asked").isTrue();
        clock.advance(Duration.ofSeconds(3));
        assertThat(pausesOfB.paused(sweepName))
                .as("on the other instance after its next read")
                .isTrue();
        sweepOnA.timeout(null);
        assertThat(sweepOnA.runs).hasValue(0);
        assertThat(audited(Timers.PAUSE)).isEqualTo(1);

        db.inTransaction(() -> timers.resumeForOperator(sweepName, OPERADORA));
        clock.advance(Duration.ofSeconds(3));

        assertThat(pausesOfB.paused(sweepName)).isFalse();
        sweepOnA.timeout(null);
        assertThat(sweepOnA.runs).hasValue(1);
        assertThat(audited(Timers.RESUME)).isEqualTo(1);
    }

    @Test
    void anInstanceWhoseTimersStoppedTickingForFiveMinutesIsShownStale() {
        clock.advance(Duration.ofMinutes(6));
        sweepOnA.timeout(null);

        TimerView sweep = timers.one(sweepName);

        assertThat(onInstance(sweep, "a#").stale()).isFalse();
        assertThat(onInstance(sweep, "b#").stale()).isTrue();
    }

    @Test
    void runNowRunsOnThisInstanceEvenWhenPausedAndIsAudited() {
        db.inTransaction(() -> timers.pauseForOperator(sweepName, OPERADORA));

        db.inTransaction(() -> timers.runNowForOperator(sweepName, OPERADORA));

        assertThat(sweepOnA.runs).hasValue(1);
        assertThat(audited(Timers.RUN)).isEqualTo(1);
    }

    @Test
    void runNowWhileTheTimerIsRunningHereIsAConflict() {
        assertThat(registryOfA.find(sweepName).orElseThrow().claim()).isTrue();

        assertThatThrownBy(() -> db.inTransaction(() -> timers.runNowForOperator(sweepName, OPERADORA)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("is running on this instance");
        assertThat(audited(Timers.RUN)).as("rolled back with the refusal").isZero();
    }

    @Test
    void aTimerNobodyRunsIsNotFoundAndOneSwitchedOffHereSaysSo() {
        assertThatThrownBy(() -> timers.one("no-such-timer")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.inTransaction(() -> timers.pauseForOperator("no-such-timer", OPERADORA)))
                .isInstanceOf(NotFound.class);

        sweepOnA.stop();
        ledger.ticked(
                new TimerTick(sweepName, "b#" + sweepName, "outbox sweep", "every 5 s", clock.instant(), null, null));

        assertThatThrownBy(() -> db.inTransaction(() -> timers.runNowForOperator(sweepName, OPERADORA)))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining("not scheduled on this instance");
    }

    private TimerView.OnInstance onInstance(TimerView timer, String prefix) {
        return timer.instances().stream()
                .filter(i -> i.instance().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    private long audited(String action) {
        return db.count(
                "SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = ? AND target_id = ?",
                action,
                sweepName);
    }

    /** As the container's: an operator's run goes on another thread (waited for here, so the test sees it end). */
    private static ManagedExecutorService sameThread() {
        return (ManagedExecutorService) Proxy.newProxyInstance(
                ManagedExecutorService.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, arguments) -> {
                    if (!method.getName().equals("execute")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Thread run = new Thread((Runnable) arguments[0], "managed-executor");
                    run.start();
                    run.join();
                    return null;
                });
    }

    /** As the container runs it: a timer's writes in a transaction of their own, reads in the caller's if any. */
    private static final class CommittedLedger extends TimerLedger {

        @Override
        public void scheduled(TimerTick tick) {
            db.inTransaction(() -> super.scheduled(tick));
        }

        @Override
        public void ticked(TimerTick tick) {
            db.inTransaction(() -> super.ticked(tick));
        }

        @Override
        public void stopped(String timerName, String instance) {
            db.inTransaction(() -> super.stopped(timerName, instance));
        }

        @Override
        public Set<String> pausedTimers() {
            return joined(super::pausedTimers);
        }

        @Override
        public List<TimerPause> pauses() {
            return joined(super::pauses);
        }

        @Override
        public List<TimerRow> rows() {
            return joined(super::rows);
        }

        private static <T> T joined(Supplier<T> read) {
            return db.inTransaction() ? read.get() : db.inTransaction(read);
        }
    }

    private static final class Sweep extends GuardedTimer {
        final AtomicInteger runs = new AtomicInteger();
        private final String name;

        Sweep(String name) {
            this.name = name;
        }

        @Override
        protected Optional<TimerSchedule> schedule() {
            return Optional.of(TimerSchedule.every(name, "outbox sweep", Duration.ofSeconds(5)));
        }

        @Override
        protected void run() {
            runs.incrementAndGet();
        }
    }
}
