package ai.alquimista.platform.ratelimit.boundary;

import ai.alquimista.platform.ratelimit.control.Tally;
import ai.alquimista.platform.ratelimit.control.WindowHits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The request limits (per client address, per tenant) decided without a database round trip per request: each
 * instance counts in memory and, every {@code alquimista.ratelimit.sync-millis} ({@link RequestCountsTimer}), adds its
 * counts to the windows in the database and learns the totals of every instance. One instance decides exactly; with
 * several, a limit may be passed by what the other instances counted in the last sync period. Limits that must hold
 * exactly across instances (sign-in attempts) count in the database at once ({@link RateLimiter#hit}).
 */
@ApplicationScoped
public class RequestCounts {

    private final Tally tally = new Tally();

    @Inject
    RateLimiter windows;

    @Inject
    Clock clock;

    /** Counts one hit in every bucket; one decision per limit, in the order given. */
    public List<RateDecision> hit(List<RateLimit> limits) {
        return tally.hit(limits, clock.instant());
    }

    /** Writes this instance's counts since the last sync and learns every window's total; failed, they wait for the next. */
    public void sync() {
        List<WindowHits> pending = tally.unsynced();
        try {
            tally.synced(windows.add(pending), clock.instant());
        } catch (RuntimeException e) {
            tally.notSynced(pending);
            throw e;
        }
    }
}
