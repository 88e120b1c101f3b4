package ai.alquimista.nigredo.relatorios.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily reports' schedule: a non-persistent interval timer on every instance (Payara Micro's persistent timers do
 * not fail over). Each tick makes the reports that are due (a tenant's 08:00 has come); the claim in the database
 * makes each tenant-day once across instances.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RelatoriosTimer {

    private static final Logger LOG = Logger.getLogger(RelatoriosTimer.class.getName());

    public static final String TIMER_NAME = "nigredo-relatorios-tick";

    @Resource
    TimerService timers;

    @Inject
    RelatoriosDiarios relatorios;

    @Inject
    @ConfigProperty(name = "alquimista.relatorios.tick-seconds", defaultValue = "60")
    int tickSeconds;

    @Inject
    @ConfigProperty(name = "alquimista.relatorios.enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean ticking = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (enabled) {
            long interval = tickSeconds * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig(TIMER_NAME, false));
        }
    }

    /** Failures are logged, not thrown: Payara expunges an interval timer whose timeout fails twice. */
    @Timeout
    void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            for (RelatorioDevido devido : relatorios.devidos()) {
                try {
                    relatorios.gerar(devido);
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "report of " + devido.data() + " for tenant " + devido.tenantId()
                                    + " failed; retrying next tick",
                            e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reports tick failed; retrying in " + tickSeconds + " s", e);
        } finally {
            ticking.set(false);
        }
    }
}
