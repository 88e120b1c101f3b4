package ai.alquimista.operations.timers.control;

import java.time.Instant;

/**
 * What one instance's timer did, as {@code alquimista_platform.timer_runs} keeps it: its schedule, when the instance
 * last saw it tick, its next run, its last run (start, duration, outcome, error) and its counts.
 */
public record TimerRow(
        String timerName,
        String instance,
        String work,
        String schedule,
        Instant seenAt,
        Instant nextRunAt,
        Instant lastStartedAt,
        Long lastDurationMillis,
        String lastOutcome,
        String lastError,
        long runs,
        long failures) {}
