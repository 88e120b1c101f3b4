package ai.alquimista.shared.metrics;

import ai.alquimista.shared.logging.Outage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A reading behind several gauges, taken at most once per {@code fresh} however often {@code /metrics} is scraped (one
 * scrape reads every gauge: the queues' would otherwise ask SQS twice per queue each time). A reading that fails
 * gives nothing, so the gauges show NaN instead of failing the scrape, and is tried again at the next scrape.
 */
public final class CachedReading<T> {

    private static final Logger LOG = Logger.getLogger(CachedReading.class.getName());

    private final Supplier<T> source;
    private final Duration fresh;
    private final Clock clock;
    private final Outage outage = new Outage(LOG, "a reading for /metrics (its gauges show NaN meanwhile)");
    private T value;
    private Instant takenAt = Instant.MIN;

    public CachedReading(Supplier<T> source, Duration fresh, Clock clock) {
        this.source = source;
        this.fresh = fresh;
        this.clock = clock;
    }

    public synchronized Optional<T> get() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(takenAt.plus(fresh))) {
            try {
                value = source.get();
                takenAt = now;
                outage.succeeded();
            } catch (RuntimeException e) {
                outage.failed(e);
                value = null;
            }
        }
        return Optional.ofNullable(value);
    }
}
