package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.nigredo.disparo.control.Despacho;
import ai.alquimista.nigredo.disparo.control.DespachoDoTenant;
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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Disparo's scheduled dispatch: a non-persistent interval timer on every instance (Payara Micro's persistent
 * timers do not fail over). Each tick first sweeps the sends left in doubt, then gives every tenant with due sends one
 * pass (mark, call the provider outside any transaction, record); the tenant's pace row is taken with SKIP LOCKED, so
 * instances never pace, or send for, the same tenant at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DisparoTimer {

    private static final Logger LOG = Logger.getLogger(DisparoTimer.class.getName());

    public static final String TIMER_NAME = "nigredo-disparo-tick";
    private static final int ROUNDS_PER_TICK = 5;

    @Resource
    TimerService timers;

    @Inject
    DespachoDoTenant despacho;

    @Inject
    @ConfigProperty(name = "alquimista.disparo.tick-seconds", defaultValue = "5")
    int tickSeconds;

    @Inject
    @ConfigProperty(name = "alquimista.disparo.enabled", defaultValue = "true")
    boolean enabled;

    private final AtomicBoolean ticking = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (enabled) {
            long interval = tickSeconds * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig(TIMER_NAME, false));
        }
    }

    /**
     * A few rounds over the due tenants, since a round sends at most one message per tenant. Failures are
     * logged, not thrown: Payara expunges an interval timer whose timeout fails twice.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            varrer();
            for (int round = 0; round < ROUNDS_PER_TICK; round++) {
                if (!round()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "dispatch tick failed; retrying in " + tickSeconds + " s", e);
        } finally {
            ticking.set(false);
        }
    }

    /** Sends left in doubt (a crash between mark and record, no status webhook): settled by the rules, never re-sent. */
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
