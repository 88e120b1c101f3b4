package ai.alquimista.nigredo.recebimento.boundary;

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
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes the tenants' open lotes of small posts ({@link LotesAbertos}) on every instance, every
 * {@code alquimista.recebimento.lote-millis}: a lote closes when it has been open that long, so a lead posted alone
 * reaches Recebimento within about twice that. Whichever instance ticks first closes a lote; a lote opened on an
 * instance that died is closed by the others.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LotesAbertosTimer {

    private static final Logger LOG = Logger.getLogger(LotesAbertosTimer.class.getName());

    public static final String TIMER_NAME = "nigredo-recebimento-lotes";

    @Resource
    TimerService timers;

    @Inject
    LotesAbertos lotes;

    @Inject
    @ConfigProperty(name = "alquimista.recebimento.lote-millis", defaultValue = "250")
    long loteMillis;

    private final AtomicBoolean ticking = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(loteMillis, loteMillis, new TimerConfig(TIMER_NAME, false));
    }

    /** Failures are logged, not thrown: Payara expunges an interval timer whose timeout fails twice. */
    @Timeout
    void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            lotes.fechar(Duration.ofMillis(loteMillis));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "closing the open lotes failed; retrying in " + loteMillis + " ms", e);
        } finally {
            ticking.set(false);
        }
    }
}
