package ai.alquimista.shared.metrics;

import java.util.Arrays;

/**
 * Recent durations of one kind of work (an agent's deliveries, an endpoint's requests): the last {@link #CAPACITY}
 * of the last five minutes, from which the percentiles an operator watches (p50, p90, p99) are read in seconds.
 * Payara's own timer reports its quantiles in nanoseconds under a name ending in {@code _seconds} (ENGINEERING.md);
 * these are seconds.
 */
public final class LatencyWindow {

    static final int CAPACITY = 1024;
    static final long SPAN_NANOS = 5L * 60 * 1_000_000_000;

    private final long[] endedAt = new long[CAPACITY];
    private final long[] tookNanos = new long[CAPACITY];
    private int next;
    private int size;

    /** A delivery that ended at {@code endedAtNanos} ({@code System.nanoTime()}) and took {@code nanos}. */
    public synchronized void record(long endedAtNanos, long nanos) {
        endedAt[next] = endedAtNanos;
        tookNanos[next] = nanos;
        next = (next + 1) % CAPACITY;
        size = Math.min(size + 1, CAPACITY);
    }

    /**
     * The {@code p} percentile (0 &lt; p ≤ 1, nearest rank) of the deliveries that ended in the five minutes before
     * {@code nowNanos}, in seconds; NaN when there were none.
     */
    public synchronized double percentileSeconds(double p, long nowNanos) {
        long[] recent = new long[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (nowNanos - endedAt[i] <= SPAN_NANOS) {
                recent[count++] = tookNanos[i];
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(recent, 0, count);
        int rank = (int) Math.ceil(p * count);
        return recent[Math.max(0, Math.min(count, rank) - 1)] / 1e9;
    }
}
