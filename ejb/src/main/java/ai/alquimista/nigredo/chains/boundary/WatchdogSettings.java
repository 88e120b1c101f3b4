package ai.alquimista.nigredo.chains.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a chain counts as stalled and how often the watchdog resumes it, for the watchdog, readiness and the operators'
 * list alike: {@code alquimista.watchdog.stall-seconds} (120) without progress, {@code max-resumptions} (5).
 */
@ApplicationScoped
public class WatchdogSettings {

    @Inject
    @ConfigProperty(name = "alquimista.watchdog.stall-seconds", defaultValue = "120")
    int stallSeconds;

    @Inject
    @ConfigProperty(name = "alquimista.watchdog.max-resumptions", defaultValue = "5")
    int maxResumptions;

    /** A chain with no progress since this moment is stalled. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofSeconds(stallSeconds));
    }

    public int maxResumptions() {
        return maxResumptions;
    }
}
