package ai.alquimista.platform.ratelimit.control;

import ai.alquimista.platform.ratelimit.boundary.RateDecision;
import ai.alquimista.platform.ratelimit.boundary.RateLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance's request counts per bucket and fixed window, decided in memory: a hit is allowed while what this
 * instance counted since its last sync, plus the window's total across instances as of that sync, stays within the
 * limit. {@link #unsynced()} hands the counts to write; {@link #synced} learns the totals the database answered.
 * Alone, an instance's decisions are exact; with others, a limit may be passed by what the others counted since
 * the last sync.
 */
public final class Tally {

    private final Map<WindowHits.Window, Count> counts = new ConcurrentHashMap<>();

    /** Counts one hit in each bucket; one decision per limit, in the order given. */
    public List<RateDecision> hit(List<RateLimit> limits, Instant now) {
        List<RateDecision> decisions = new ArrayList<>(limits.size());
        for (RateLimit limit : limits) {
            long start = windowStart(now, limit.windowSeconds());
            Count count = counts.computeIfAbsent(
                    new WindowHits.Window(limit.bucket(), start), window -> new Count(start + limit.windowSeconds()));
            long retryAfter = count.end - now.getEpochSecond();
            decisions.add(new RateDecision(count.hit() <= limit.limit(), Math.max(1, retryAfter), limit.bucket()));
        }
        return decisions;
    }

    /**
     * Takes every window's hits not yet written, to be written at once: each window of the moment, those with no new
     * hit too (writing nothing, so the sync reads the other instances' hits).
     */
    public List<WindowHits> unsynced() {
        List<WindowHits> pending = new ArrayList<>(counts.size());
        counts.forEach((window, count) -> pending.add(new WindowHits(window, count.take())));
        return pending;
    }

    /** The totals the write answered: the windows' hits across instances, ours of the write included. */
    public void synced(List<WindowHits> totals, Instant now) {
        for (WindowHits total : totals) {
            Count count = counts.get(total.window());
            if (count != null) {
                count.learn(total.hits());
            }
        }
        counts.values().removeIf(count -> count.end <= now.getEpochSecond() && count.idle());
    }

    /** A write that failed: its hits are counted again, to go with the next one. */
    public void notSynced(List<WindowHits> pending) {
        for (WindowHits hits : pending) {
            Count count = counts.get(hits.window());
            if (count != null) {
                count.giveBack(hits.hits());
            }
        }
    }

    /** The epoch second the fixed window holding {@code now} starts. */
    public static long windowStart(Instant now, int windowSeconds) {
        return now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), windowSeconds);
    }

    private static final class Count {
        final long end;
        /** Hits since the last write began. */
        final AtomicInteger unsynced = new AtomicInteger();
        /** Hits being written, until the write's answer is known. */
        volatile int writing;
        /** The window's total across instances, as the last write answered. */
        volatile int known;

        Count(long end) {
            this.end = end;
        }

        int hit() {
            return unsynced.incrementAndGet() + writing + known;
        }

        int take() {
            int taken = unsynced.getAndSet(0);
            writing = taken;
            return taken;
        }

        /** The total first, then the hits in it stop being counted twice: a hit in between counts over, not under. */
        void learn(int total) {
            known = Math.max(known, total);
            writing = 0;
        }

        void giveBack(int hits) {
            unsynced.addAndGet(hits);
            writing = 0;
        }

        boolean idle() {
            return unsynced.get() == 0 && writing == 0;
        }
    }
}
