package ai.alquimista.platform.retention.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long each table is kept ({@code alquimista.retention.<thing>-days}, see {@link RetainedTable}), how often the
 * timer prunes and how many rows one statement deletes; environment variables override
 * (ALQUIMISTA_RETENTION_AUDIT_DAYS, ...).
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "alquimista.retention.tick-minutes", defaultValue = "60")
    long tickMinutes;

    @Inject
    @ConfigProperty(name = "alquimista.retention.batch-size", defaultValue = "5000")
    int batchSize;

    /** How long rows of the table are kept; empty when they are kept for ever (0 days). */
    public Optional<Duration> age(RetainedTable table) {
        int days = config.getOptionalValue(table.configKey(), Integer.class).orElse(table.defaultDays());
        return days <= 0 ? Optional.empty() : Optional.of(Duration.ofDays(days));
    }

    public Duration tick() {
        return Duration.ofMinutes(Math.max(1, tickMinutes));
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }
}
