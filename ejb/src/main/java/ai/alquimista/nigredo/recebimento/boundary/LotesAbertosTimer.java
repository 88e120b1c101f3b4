package ai.alquimista.nigredo.recebimento.boundary;

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
 * Closes the tenants' open lotes of small posts ({@link LotesAbertos}) on every instance, every
 * {@code alquimista.recebimento.lote-millis}: a lote closes when it has been open that long, so a lead posted alone
 * reaches Recebimento within about twice that. Whichever instance ticks first closes a lote; a lote opened on an
 * instance that died is closed by the others.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LotesAbertosTimer extends GuardedTimer {

    public static final String TIMER_NAME = "nigredo-recebimento-lotes";

    @Inject
    LotesAbertos lotes;

    @Inject
    @ConfigProperty(name = "alquimista.recebimento.lote-millis", defaultValue = "250")
    long loteMillis;

    @Override
    protected Optional<TimerSchedule> schedule() {
        return Optional.of(TimerSchedule.every(TIMER_NAME, "closing the open lotes", Duration.ofMillis(loteMillis)));
    }

    @Override
    protected void run() {
        lotes.fechar(Duration.ofMillis(loteMillis));
    }
}
