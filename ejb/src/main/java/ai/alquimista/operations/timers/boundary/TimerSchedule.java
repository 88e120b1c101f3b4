package ai.alquimista.operations.timers.boundary;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;
import java.util.Objects;

/**
 * When a {@link GuardedTimer} runs: every {@code interval} (the first time after {@code first}), or on a calendar.
 * Always a non-persistent timer on every instance: Payara Micro's persistent timers live in memory and do not fail
 * over, so the work itself is made safe to run on several instances at once.
 *
 * @param name the timer's name, its {@code TimerConfig} info (what {@code TimerService.getAllTimers()} shows)
 * @param work what a run does, for the log ("outbox sweep")
 * @param first the delay before the first run of an interval timer; null for a calendar timer
 * @param interval the time between runs of an interval timer; null for a calendar timer
 * @param calendar the calendar of a calendar timer; null for an interval timer
 */
public record TimerSchedule(String name, String work, Duration first, Duration interval, ScheduleExpression calendar) {

    public TimerSchedule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if ((interval == null) == (calendar == null)) {
            throw new IllegalArgumentException(name + ": give either an interval or a calendar");
        }
        if (interval != null && (interval.isNegative() || interval.isZero() || first == null || first.isNegative())) {
            throw new IllegalArgumentException(name + ": the interval must be positive and the first delay given");
        }
    }

    /** Every {@code interval}, the first time one interval after start. */
    public static TimerSchedule every(String name, String work, Duration interval) {
        return new TimerSchedule(name, work, interval, interval, null);
    }

    /** On a calendar, e.g. {@code new ScheduleExpression().hour("*").minute("23")}: minute 23 of every hour. */
    public static TimerSchedule calendar(String name, String work, ScheduleExpression calendar) {
        return new TimerSchedule(name, work, null, null, calendar);
    }

    /** The same interval timer with its first run after {@code delay}. */
    public TimerSchedule firstAfter(Duration delay) {
        if (interval == null) {
            throw new IllegalStateException(name + ": a calendar timer has no first delay");
        }
        return new TimerSchedule(name, work, delay, interval, null);
    }

    /** The schedule as an operator reads it: "every 5 s", "calendar: hour 2, minute 0". */
    public String describe() {
        if (interval != null) {
            return "every " + span(interval);
        }
        return "calendar: month " + calendar.getMonth() + ", day " + calendar.getDayOfMonth() + ", weekday "
                + calendar.getDayOfWeek() + ", hour " + calendar.getHour() + ", minute " + calendar.getMinute()
                + (calendar.getTimezone() == null ? "" : " (" + calendar.getTimezone() + ")");
    }

    /** When a failed run is tried again, for the log. */
    public String retry() {
        if (interval == null) {
            return "retrying at the next time of its calendar";
        }
        return "retrying in " + span(interval);
    }

    private static String span(Duration span) {
        return span.toMillis() % 1000 != 0
                ? span.toMillis() + " ms"
                : span.toSeconds() % 60 != 0 || span.toMinutes() < 5
                        ? span.toSeconds() + " s"
                        : span.toMinutes() + " min";
    }

    Timer createIn(TimerService timers) {
        TimerConfig config = new TimerConfig(name, false);
        return interval != null
                ? timers.createIntervalTimer(first.toMillis(), interval.toMillis(), config)
                : timers.createCalendarTimer(calendar, config);
    }
}
