package ai.alquimista.nigredo.relatorios.boundary;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily reports' schedule: every {@code alquimista.relatorios.tick-seconds} (60) on every instance (off with
 * {@code alquimista.relatorios.enabled=false}). Each tick makes the reports that are due (a tenant's 08:00 has come);
 * the claim in the database makes each tenant-day once across instances.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RelatoriosTimer extends GuardedTimer {

    private static final Logger LOG = Logger.getLogger(RelatoriosTimer.class.getName());

    public static final String TIMER_NAME = "nigredo-relatorios-tick";

    @Inject
    RelatoriosDiarios relatorios;

    @Inject
    @ConfigProperty(name = "alquimista.relatorios.tick-seconds", defaultValue = "60")
    int tickSeconds;

    @Inject
    @ConfigProperty(name = "alquimista.relatorios.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    protected Optional<TimerSchedule> schedule() {
        return enabled
                ? Optional.of(TimerSchedule.every(TIMER_NAME, "reports tick", Duration.ofSeconds(tickSeconds)))
                : Optional.empty();
    }

    /** Each report in its own transaction ({@link RelatoriosDiarios#gerar}): one tenant's failure spares the rest. */
    @Override
    protected void run() {
        for (RelatorioDevido devido : relatorios.devidos()) {
            try {
                relatorios.gerar(devido);
            } catch (RelatorioAdiado e) {
                LOG.info(() -> "report of " + devido.data() + " for tenant " + devido.tenantId() + " delayed: "
                        + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "report of " + devido.data() + " for tenant " + devido.tenantId()
                                + " failed; retrying next tick",
                        e);
            }
        }
    }
}
