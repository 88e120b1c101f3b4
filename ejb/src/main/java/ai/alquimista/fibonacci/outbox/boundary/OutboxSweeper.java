package ai.alquimista.fibonacci.outbox.boundary;

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

/**
 * Sweeps the outbox on every instance every {@code alquimista.outbox.sweep-seconds} (5); row claiming in
 * {@link OutboxDelivery} makes concurrent sweeps safe. Each row is sent in a transaction of its own, so a sweep goes
 * on past a row that fails.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSweeper extends GuardedTimer {

    public static final String TIMER_NAME = "fibonacci-outbox-sweep";

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "alquimista.outbox.sweep-seconds", defaultValue = "5")
    int sweepSeconds;

    @Override
    protected Optional<TimerSchedule> schedule() {
        return Optional.of(TimerSchedule.every(TIMER_NAME, "outbox sweep", Duration.ofSeconds(sweepSeconds)));
    }

    @Override
    protected void run() {
        int sent;
        do {
            sent = delivery.sweep();
        } while (sent == OutboxDelivery.SWEEP_BATCH);
    }
}
