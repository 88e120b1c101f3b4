package ai.alquimista.platform.ratelimit.boundary;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes this instance's request counts and learns the other instances', every {@code alquimista.ratelimit.sync-millis}. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RequestCountsTimer extends GuardedTimer {

    public static final String TIMER_NAME = "platform-ratelimit-sync";

    @Inject
    RequestCounts counts;

    @Inject
    @ConfigProperty(name = "alquimista.ratelimit.sync-millis", defaultValue = "1000")
    long syncMillis;

    @Override
    protected Optional<TimerSchedule> schedule() {
        return Optional.of(
                TimerSchedule.every(TIMER_NAME, "syncing the request counts", Duration.ofMillis(syncMillis)));
    }

    @Override
    protected void run() {
        counts.sync();
    }
}
