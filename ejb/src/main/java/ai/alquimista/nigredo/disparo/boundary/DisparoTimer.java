package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.nigredo.disparo.control.Despacho;
import ai.alquimista.nigredo.disparo.control.DespachoDoTenant;
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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Disparo's scheduled dispatch: a non-persistent interval timer on every instance (Payara Micro's persistent
 * timers do not fail over), every {@code alquimista.disparo.tick-seconds}, off with {@code alquimista.disparo.enabled
 * = false}. Each tick first sweeps the sends left in doubt, then gives every tenant with due sends one pass (mark,
 * call the provider outside any transaction, record); the tenant's pace row is taken with SKIP LOCKED, so instances
 * never pace, or send for, the same tenant at once. A tick still running when the next is due makes that one skip.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DisparoTimer extends GuardedTimer {

    private static final Logger LOG = Logger.getLogger(DisparoTimer.class.getName());

    public static final String TIMER_NAME = "nigredo-disparo-tick";
    private static final int ROUNDS_PER_TICK = 5;

    @Inject
    DespachoDoTenant despacho;

    @Inject
    @ConfigProperty(name = "alquimista.disparo.tick-seconds", defaultValue = "5")
    int tickSeconds;

    @Inject
    @ConfigProperty(name = "alquimista.disparo.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    protected Optional<TimerSchedule> schedule() {
        return enabled
                ? Optional.of(TimerSchedule.every(TIMER_NAME, "dispatch tick", Duration.ofSeconds(tickSeconds)))
                : Optional.empty();
    }

    /** The sweep, then a few rounds over the due tenants, since a round sends at most one message per tenant. */
    @Override
    protected void run() {
        varrer();
        for (int round = 0; round < ROUNDS_PER_TICK; round++) {
            if (!round()) {
                return;
            }
        }
    }

    /**
     * Sends left in doubt (a crash between mark and record, no status webhook): settled by the rules, never re-sent.
     * Its failure is logged and does not keep the tick from sending.
     */
    private void varrer() {
        try {
            Despacho.Varredura varredura = despacho.varrer();
            if (varredura.incertos() > 0 || varredura.paraPessoas() > 0) {
                LOG.warning(() -> "sends in doubt: " + varredura.incertos() + " found stuck sending (now uncertain), "
                        + varredura.paraPessoas() + " uncertain WhatsApp sends handed to a person");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sweep of the sends in doubt failed; retrying in " + tickSeconds + " s", e);
        }
    }

    /** One pass per due tenant; one tenant's failure is logged and does not keep the others from sending. */
    private boolean round() {
        boolean sent = false;
        for (UUID tenant : despacho.devidos()) {
            try {
                sent |= despacho.despachar(tenant);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "dispatch for tenant " + tenant + " failed; retrying next tick", e);
            }
        }
        return sent;
    }
}
