package ai.alquimista.nigredo.chains.boundary;

import ai.alquimista.nigredo.recebimento.boundary.ImportChains;
import ai.alquimista.operations.timers.boundary.GuardedTimer;
import ai.alquimista.operations.timers.boundary.TimerSchedule;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Resumes chains of messages that stopped (a lost or dead-lettered message): an import's chunks and its hand-off to
 * Estratégia. Runs on every instance every {@code alquimista.watchdog.tick-seconds} (30); the chains are found
 * and claimed in the database, so two instances never resume the same chain twice in one stall window, and it works
 * on Amazon SQS as on the embedded one. Each resumption is logged and counted ({@code chain_resumptions_total}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ChainWatchdog extends GuardedTimer {

    private static final Logger LOG = Logger.getLogger(ChainWatchdog.class.getName());

    public static final String TIMER_NAME = "nigredo-chain-watchdog";
    public static final String RESUMPTIONS = "chain_resumptions_total";

    @Inject
    ImportChains imports;

    @Inject
    Clock clock;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "alquimista.watchdog.tick-seconds", defaultValue = "30")
    int tickSeconds;

    @Inject
    WatchdogSettings settings;

    @Override
    protected Optional<TimerSchedule> schedule() {
        return Optional.of(TimerSchedule.every(TIMER_NAME, "chain watchdog", Duration.ofSeconds(tickSeconds)));
    }

    /** Each chain is resumed in its own transaction (the import boundary's), so one chain's failure spares the other. */
    @Override
    protected void run() {
        Instant now = clock.instant();
        Instant cutoff = settings.cutoff(now);
        resume(ImportChains.RECEIVING, () -> imports.resumeReceiving(cutoff, now, settings.maxResumptions()));
        resume(ImportChains.PLANNING, () -> imports.resumePlanning(cutoff, now, settings.maxResumptions()));
    }

    private void resume(String chain, IntSupplier resumption) {
        try {
            int resumed = resumption.getAsInt();
            if (resumed > 0) {
                metrics.counter(RESUMPTIONS, new Tag("chain", chain)).inc(resumed);
                LOG.warning(() -> "chain watchdog resumed " + resumed + " stalled " + chain + " chain(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "chain watchdog could not resume " + chain + " chains; retrying in " + tickSeconds + " s",
                    e);
        }
    }
}
