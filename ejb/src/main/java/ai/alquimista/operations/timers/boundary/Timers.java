package ai.alquimista.operations.timers.boundary;

import ai.alquimista.operations.timers.control.InstanceName;
import ai.alquimista.operations.timers.control.PauseFlags;
import ai.alquimista.operations.timers.control.TimerLedger;
import ai.alquimista.operations.timers.control.TimerPause;
import ai.alquimista.operations.timers.control.TimerRegistry;
import ai.alquimista.operations.timers.control.TimerRow;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.OperatorCaller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Platform operators' hold on the timers: every timer of every instance with what it did, a pause that holds on
 * every instance until resumed, and a run now on this instance. Pauses, resumes and runs are audited ({@code
 * operator.timer.pause}, {@code operator.timer.resume}, {@code operator.timer.run}, the timer as the target).
 */
@Stateless
public class Timers {

    public static final String PAUSE = "operator.timer.pause";
    public static final String RESUME = "operator.timer.resume";
    public static final String RUN = "operator.timer.run";

    /** An instance whose timers have not ticked for this long is shown as stale: it may be gone. */
    static final Duration STALE_AFTER = Duration.ofMinutes(5);

    @Inject
    TimerLedger ledger;

    @Inject
    TimerRegistry registry;

    @Inject
    PauseFlags pauses;

    @Inject
    InstanceName instance;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    public List<TimerView> all() {
        Map<String, TimerPause> paused =
                ledger.pauses().stream().collect(Collectors.toMap(TimerPause::timerName, Function.identity()));
        Map<String, List<TimerRow>> rows = ledger.rows().stream()
                .collect(Collectors.groupingBy(TimerRow::timerName, TreeMap::new, Collectors.toList()));
        Map<String, Instant> lastSeen = rows.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toMap(TimerRow::instance, TimerRow::seenAt, (a, b) -> a.isAfter(b) ? a : b));
        Instant staleBefore = clock.instant().minus(STALE_AFTER);
        List<TimerView> views = new ArrayList<>();
        rows.forEach((name, onInstances) -> views.add(view(
                name,
                onInstances,
                Optional.ofNullable(paused.get(name)),
                instance -> lastSeen.get(instance).isBefore(staleBefore))));
        return views;
    }

    public TimerView one(String name) {
        return all().stream()
                .filter(view -> view.name().equals(name))
                .findFirst()
                .orElseThrow(() -> unknown(name));
    }

    /** Holds the timer on every instance until it is resumed; pausing a paused timer keeps the first pause. */
    public TimerView pauseForOperator(String name, OperatorCaller operator) {
        one(name);
        ledger.pause(new TimerPause(name, operator.operatorId(), clock.instant()));
        pauses.changed(name, true);
        audit.recordOperatorAct(operator, null, PAUSE, "timer", name);
        return one(name);
    }

    public TimerView resumeForOperator(String name, OperatorCaller operator) {
        one(name);
        ledger.resume(name);
        pauses.changed(name, false);
        audit.recordOperatorAct(operator, null, RESUME, "timer", name);
        return one(name);
    }

    /**
     * Starts a run of the timer on this instance, paused or not (an operator asked for it), unless one is going on
     * here; the run goes on after the answer, and its outcome is in the list once it ends.
     */
    public void runNowForOperator(String name, OperatorCaller operator) {
        one(name);
        TimerRegistry.Entry timer = registry.find(name)
                .orElseThrow(() -> new NotFound("timer " + name + " is not scheduled on this instance ("
                        + instance.get() + "): its configuration switches it off here"));
        audit.recordOperatorAct(operator, null, RUN, "timer", name);
        if (!timer.claim()) {
            throw new Conflict("timer " + name + " is running on this instance; try again when the run ends");
        }
        try {
            executor.execute(timer::runClaimed);
        } catch (RejectedExecutionException busy) {
            // the executor is full: the run is not lost, it takes this request's time instead
            timer.runClaimed();
        }
    }

    private TimerView view(
            String name, List<TimerRow> rows, Optional<TimerPause> pause, Predicate<String> staleInstance) {
        TimerRow first = rows.get(0);
        List<TimerView.OnInstance> instances = rows.stream()
                .map(row -> new TimerView.OnInstance(
                        row.instance(),
                        row.instance().equals(instance.get()),
                        row.seenAt(),
                        staleInstance.test(row.instance()),
                        row.nextRunAt(),
                        row.lastStartedAt() == null
                                ? null
                                : new TimerView.LastRun(
                                        row.lastStartedAt(),
                                        row.lastDurationMillis() == null ? 0 : row.lastDurationMillis(),
                                        row.lastOutcome(),
                                        row.lastError()),
                        row.runs(),
                        row.failures()))
                .toList();
        return new TimerView(
                name,
                first.work(),
                first.schedule(),
                pause.isPresent(),
                pause.map(TimerPause::pausedBy).orElse(null),
                pause.map(TimerPause::pausedAt).orElse(null),
                instances);
    }

    private static NotFound unknown(String name) {
        return new NotFound("no timer is named " + name);
    }
}
