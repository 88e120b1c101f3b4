package ai.alquimista.operations.timers.boundary;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * A {@link TimerService} that records the timers a bean asks for, as the container would create them; it never fires
 * them (a test calls the timeout itself). Only the two kinds our timers use are accepted.
 */
final class ScheduledTimers implements TimerService {

    record Created(
            String name, boolean persistent, Long firstMillis, Long intervalMillis, ScheduleExpression calendar) {}

    final List<Created> created = new ArrayList<>();

    @Override
    public Timer createIntervalTimer(long initialDuration, long intervalDuration, TimerConfig config) {
        created.add(
                new Created((String) config.getInfo(), config.isPersistent(), initialDuration, intervalDuration, null));
        return null;
    }

    @Override
    public Timer createCalendarTimer(ScheduleExpression schedule, TimerConfig config) {
        created.add(new Created((String) config.getInfo(), config.isPersistent(), null, null, schedule));
        return null;
    }

    @Override
    public Timer createTimer(long duration, Serializable info) {
        throw unused();
    }

    @Override
    public Timer createSingleActionTimer(long duration, TimerConfig config) {
        throw unused();
    }

    @Override
    public Timer createTimer(long initialDuration, long intervalDuration, Serializable info) {
        throw unused();
    }

    @Override
    public Timer createTimer(Date expiration, Serializable info) {
        throw unused();
    }

    @Override
    public Timer createSingleActionTimer(Date expiration, TimerConfig config) {
        throw unused();
    }

    @Override
    public Timer createTimer(Date initialExpiration, long intervalDuration, Serializable info) {
        throw unused();
    }

    @Override
    public Timer createIntervalTimer(Date initialExpiration, long intervalDuration, TimerConfig config) {
        throw unused();
    }

    @Override
    public Timer createCalendarTimer(ScheduleExpression schedule) {
        throw unused();
    }

    @Override
    public Collection<Timer> getTimers() {
        throw unused();
    }

    @Override
    public Collection<Timer> getAllTimers() {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("our timers are named, non-persistent interval or calendar timers");
    }
}
