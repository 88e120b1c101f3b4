package ai.alquimista.operations.timers.control;

import java.time.Instant;

/**
 * A timer seen on an instance: scheduled at start, or due (run, or not because it is paused), with its next run.
 *
 * @param run the last run this tick stands for; null when it made none
 * @param runs the runs since the last tick written down, this one's included
 * @param failures the failed ones among them
 */
public record TimerTick(
        String timerName,
        String instance,
        String work,
        String schedule,
        Instant seenAt,
        Instant nextRunAt,
        Run run,
        long runs,
        long failures) {

    /** A tick of its own: one run or none. */
    public TimerTick(
            String timerName,
            String instance,
            String work,
            String schedule,
            Instant seenAt,
            Instant nextRunAt,
            Run run) {
        this(
                timerName,
                instance,
                work,
                schedule,
                seenAt,
                nextRunAt,
                run,
                run == null ? 0 : 1,
                run == null || run.ok() ? 0 : 1);
    }

    /** This tick standing for {@code runs} runs, {@code failures} of them failed. */
    public TimerTick counting(long runs, long failures) {
        return new TimerTick(timerName, instance, work, schedule, seenAt, nextRunAt, run, runs, failures);
    }

    /** One run: when it started, how long it took, and the error that ended it, null for a run that succeeded. */
    public record Run(Instant startedAt, long durationMillis, String error) {

        public boolean ok() {
            return error == null;
        }

        public String outcome() {
            return ok() ? "ok" : "failed";
        }
    }
}
