package ai.alquimista.platform.ratelimit.boundary;

import ai.alquimista.platform.ratelimit.control.RateWindowsQuery;
import ai.alquimista.platform.ratelimit.control.Tally;
import ai.alquimista.platform.ratelimit.control.WindowHits;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Fixed-window counters in PostgreSQL, so every instance counts the same requests: {@link #hit} counts at once, in
 * the database, for the limits that must hold exactly across instances (sign-in attempts); {@link #add} writes an
 * instance's {@link Tally} of ordinary requests. Old windows are pruned by the platform's retention timer
 * ({@code alquimista.retention.rate-limit-windows-days}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimiter {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * Counts one hit in every bucket, in one transaction.
     *
     * @return one decision per limit, in the order given
     */
    public List<RateDecision> hit(List<RateLimit> limits) {
        if (limits.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<WindowHits> hits = limits.stream()
                .map(limit -> new WindowHits(
                        new WindowHits.Window(limit.bucket(), Tally.windowStart(now, limit.windowSeconds())), 1))
                .toList();
        Map<String, Integer> totals = add(hits).stream()
                .collect(Collectors.toMap(total -> total.window().bucket(), WindowHits::hits));
        return limits.stream()
                .map(limit -> decision(limit, totals.getOrDefault(limit.bucket(), 0), now))
                .toList();
    }

    /** Adds hits to their windows' totals across instances, and answers the totals. */
    public List<WindowHits> add(List<WindowHits> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        try (Connection db = dataSource.getConnection()) {
            return RateWindowsQuery.add(db, hits);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count requests: " + e.getMessage(), e);
        }
    }

    private static RateDecision decision(RateLimit limit, int hits, Instant now) {
        long windowEnd = Tally.windowStart(now, limit.windowSeconds()) + limit.windowSeconds();
        return new RateDecision(hits <= limit.limit(), Math.max(1, windowEnd - now.getEpochSecond()), limit.bucket());
    }
}
