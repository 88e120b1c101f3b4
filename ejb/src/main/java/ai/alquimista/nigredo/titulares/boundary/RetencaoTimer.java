package ai.alquimista.nigredo.titulares.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retention timer: hourly, non-persistent, on every instance (Payara Micro's persistent timers do not fail over);
 * each run anonymises batches in their own transactions until none is full. Failures are logged, not thrown: Payara
 * expunges a timer whose timeout fails twice; the next hour tries again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetencaoTimer {

    private static final Logger LOG = Logger.getLogger(RetencaoTimer.class.getName());
    private static final int LOTES_POR_EXECUCAO = 20;

    @Inject
    Retencao retencao;

    private final AtomicBoolean rodando = new AtomicBoolean();

    @Schedule(hour = "*", minute = "23", persistent = false, info = "nigredo-lgpd-retencao")
    void aplicar() {
        if (!rodando.compareAndSet(false, true)) {
            return;
        }
        try {
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
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention run failed; the next hour tries again", e);
        } finally {
            rodando.set(false);
        }
    }
}
