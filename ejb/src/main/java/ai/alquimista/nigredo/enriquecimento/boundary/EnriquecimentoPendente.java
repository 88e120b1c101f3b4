package ai.alquimista.nigredo.enriquecimento.boundary;

import ai.alquimista.nigredo.enriquecimento.control.ConsultaPendente;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enriches the leads marked pendente: those received while a remote CNPJ provider is configured (it is asked
 * here, never inside the import's transaction) and those whose lookup found the provider unavailable. A
 * non-persistent timer on every instance; leads are claimed with SKIP LOCKED.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class EnriquecimentoPendente {

    private static final Logger LOG = Logger.getLogger(EnriquecimentoPendente.class.getName());
    private static final int LEADS_PER_TICK = 200;

    @Resource
    TimerService timers;

    @Inject
    ConsultaPendente consulta;

    @Inject
    Enriquecimento enriquecimento;

    @Inject
    @ConfigProperty(name = "alquimista.enrichment.pending-seconds", defaultValue = "10")
    int intervalSeconds;

    @PostConstruct
    void schedule() {
        if (!enriquecimento.inline()) {
            long interval = intervalSeconds * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("nigredo-enriquecimento-pendente", false));
        }
    }

    /** Failures are logged, not thrown: Payara expunges an interval timer whose timeout fails twice. */
    @Timeout
    void enrich() {
        try {
            int leads = 0;
            while (leads < LEADS_PER_TICK && consulta.proxima()) {
                leads++;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "enriching pending leads failed; retrying in " + intervalSeconds + " s", e);
        }
    }
}
