package ai.alquimista.nigredo.titulares.boundary;

import ai.alquimista.operations.timers.boundary.GuardedTimer;
import ai.alquimista.operations.timers.boundary.TimerSchedule;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The LGPD retention timer: at minute 23 of every hour, on every instance; each run anonymises batches of old
 * interações, each batch in its own transaction, until one is not full (at most {@value #LOTES_POR_EXECUCAO} a run).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetencaoTimer extends GuardedTimer {

    private static final Logger LOG = Logger.getLogger(RetencaoTimer.class.getName());

    public static final String TIMER_NAME = "nigredo-lgpd-retencao";
    private static final int LOTES_POR_EXECUCAO = 20;

    @Inject
    Retencao retencao;

    @Override
    protected Optional<TimerSchedule> schedule() {
        return Optional.of(TimerSchedule.calendar(
                TIMER_NAME,
                "LGPD retention run",
                new ScheduleExpression().hour("*").minute("23")));
    }

    @Override
    protected void run() {
        int total = 0;
        for (int lote = 0; lote < LOTES_POR_EXECUCAO; lote++) {
            int feitos = retencao.anonimizarInteracoesAntigas();
            total += feitos;
            if (feitos < Retencao.LOTE) {
                break;
            }
        }
        if (total > 0) {
            int anonimizadas = total;
            LOG.info(() -> "retention: " + anonimizadas + " interações older than the retention anonymised");
        }
    }
}
