package ai.alquimista.nigredo.enriquecimento.boundary;

import ai.alquimista.nigredo.enriquecimento.control.ConsultaPendente;
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
 * Enriches the leads marked pendente: those received while a remote CNPJ provider is configured (it is asked
 * here, never inside the import's transaction) and those whose lookup found the provider unavailable. Every
 * {@code alquimista.enrichment.pending-seconds} (10) on every instance, unless enrichment is inline; leads are claimed
 * with SKIP LOCKED, each in a transaction of its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EnriquecimentoPendente extends GuardedTimer {

    public static final String TIMER_NAME = "nigredo-enriquecimento-pendente";
    private static final int LEADS_PER_TICK = 200;

    @Inject
    ConsultaPendente consulta;

    @Inject
    Enriquecimento enriquecimento;

    @Inject
    @ConfigProperty(name = "alquimista.enrichment.pending-seconds", defaultValue = "10")
    int intervalSeconds;

    @Override
    protected Optional<TimerSchedule> schedule() {
        return enriquecimento.inline()
                ? Optional.empty()
                : Optional.of(TimerSchedule.every(
                        TIMER_NAME, "enriching pending leads", Duration.ofSeconds(intervalSeconds)));
    }

    @Override
    protected void run() {
        int leads = 0;
        while (leads < LEADS_PER_TICK && consulta.proxima()) {
            leads++;
        }
    }
}
