package ai.alquimista.platform.retention.boundary;

import ai.alquimista.operations.timers.boundary.GuardedTimer;
import ai.alquimista.operations.timers.boundary.TimerSchedule;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Prunes on every instance every {@code alquimista.retention.tick-minutes} (60), the first time two minutes after
 * start. Instances pruning at once skip each other's rows, so running everywhere is harmless.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionTimer extends GuardedTimer {

    public static final String TIMER_NAME = "platform-retention";
    private static final Duration FIRST_RUN = Duration.ofMinutes(2);

    @Inject
    Retention retention;

    @Inject
    RetentionSettings settings;

    @Override
    protected Optional<TimerSchedule> schedule() {
        Duration interval = settings.tick();
        return Optional.of(TimerSchedule.every(TIMER_NAME, "retention run", interval)
                .firstAfter(FIRST_RUN.compareTo(interval) < 0 ? FIRST_RUN : interval));
    }

    @Override
    protected void run() {
        retention.prune();
    }
}
