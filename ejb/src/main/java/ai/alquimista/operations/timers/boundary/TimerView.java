package ai.alquimista.operations.timers.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A timer as operators see it: what it does and when, whether it is paused (on every instance) and by whom, and what
 * it did on each instance that runs it.
 */
public record TimerView(
        String name,
        String work,
        String schedule,
        boolean paused,
        @JsonbProperty("paused_by") UUID pausedBy,
        @JsonbProperty("paused_at") Instant pausedAt,
        List<OnInstance> instances) {

    /**
     * One instance's timer: when the instance last saw it tick, its next run and its last run; {@code stale} when
     * none of the instance's timers has ticked for five minutes: the instance may be gone.
     */
    public record OnInstance(
            String instance,
            @JsonbProperty("this_instance") boolean thisInstance,
            @JsonbProperty("seen_at") Instant seenAt,
            boolean stale,
            @JsonbProperty("next_run_at") Instant nextRunAt,
            @JsonbProperty("last_run") LastRun lastRun,
            long runs,
            long failures) {}

    /** The last run's start, duration and outcome ({@code ok} or {@code failed}, with its error). */
    public record LastRun(
            @JsonbProperty("started_at") Instant startedAt,
            @JsonbProperty("duration_ms") long durationMs,
            String outcome,
            String error) {}
}
