package ai.alquimista.nigredo.chains.boundary;

import ai.alquimista.nigredo.recebimento.boundary.ImportChains;
import ai.alquimista.nigredo.recebimento.boundary.StalledImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code chains} in MicroProfile Health readiness: how many chains are stalled now, as data. It stays UP: the
 * watchdog is the remedy, and taking the instance out of service would not resume anything. (Whether the database
 * answers is the {@code alquimista} check's business; here a failed count is reported as {@code chains_status}.)
 */
@Readiness
@ApplicationScoped
public class ChainsReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ChainsReadiness.class.getName());

    @Inject
    ImportChains imports;

    @Inject
    Clock clock;

    @Inject
    WatchdogSettings settings;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("chains").up();
        try {
            StalledImports stalled = imports.stalled(settings.cutoff(clock.instant()), settings.maxResumptions());
            return response.withData("chains_status", "ok")
                    .withData("stalled_imports", stalled.receiving())
                    .withData("unplanned_imports", stalled.planning())
                    .withData("given_up_imports", stalled.givenUp())
                    .build();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot count stalled chains", e);
            return response.withData("chains_status", "unknown: " + e.getMessage())
                    .build();
        }
    }
}
