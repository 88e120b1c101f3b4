package ai.alquimista.platform.ratelimit.control;

import ai.alquimista.platform.ratelimit.boundary.RateDecision;
import ai.alquimista.platform.ratelimit.boundary.RateLimit;
import java.time.Instant;

/**
 * A limit over the last window's length, estimated from two fixed windows: the current one's hits plus the
 * previous one's, weighted by how much of it the last window's length still covers. A fixed window alone lets twice
 * the limit through around its end (the limit just before, the limit again just after); this does not, at the cost
 * of one more row read. The estimate rounds up: a guess at a password is refused rather than let through.
 */
public final class SlidingWindow {

    private SlidingWindow() {}

    /**
     * @param current the current fixed window's hits, this one included
     * @param previous the previous fixed window's hits
     */
    public static RateDecision decide(RateLimit limit, int current, int previous, Instant now) {
        long windowMillis = limit.windowSeconds() * 1000L;
        long startMillis = Tally.windowStart(now, limit.windowSeconds()) * 1000L;
        long elapsed = now.toEpochMilli() - startMillis;
        boolean allowed = current + weighted(previous, windowMillis - elapsed, windowMillis) <= limit.limit();
        long retryAt = startMillis + nextAllowed(limit.limit(), current, previous, windowMillis);
        long retryAfter = Math.max(1, ceilDiv(retryAt - now.toEpochMilli(), 1000));
        return new RateDecision(allowed, retryAfter, limit.bucket());
    }

    /** Milliseconds after the current window's start at which one more hit would be allowed, if none came before. */
    private static long nextAllowed(int limit, int current, int previous, long windowMillis) {
        int room = limit - current - 1;
        if (room >= 0) {
            return previous == 0 ? 0 : Math.max(0, windowMillis - Math.floorDiv(room * windowMillis, previous));
        }
        // not before the next window, where the current one becomes the previous
        long intoNext = current == 0 ? 0 : windowMillis - Math.floorDiv((limit - 1L) * windowMillis, current);
        return windowMillis + Math.max(0, intoNext);
    }

    private static long weighted(int hits, long remainingMillis, long windowMillis) {
        return ceilDiv(hits * remainingMillis, windowMillis);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
