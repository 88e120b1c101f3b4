package ai.alquimista.platform.ratelimit.boundary;

import ai.alquimista.platform.ratelimit.control.RateWindowsQuery;
import ai.alquimista.platform.ratelimit.control.SlidingWindow;
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
 * the database, for the limits that must hold exactly across instances (sign-in attempts), over a sliding window;
 * {@link #add} writes an
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
     * Counts one hit in every bucket, in one transaction, and decides each over a sliding window
     * ({@link SlidingWindow}).
     *
     * @return one decision per limit, in the order given
     */
    public List<RateDecision> hit(List<RateLimit> limits) {
        if (limits.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<WindowHits> hits = limits.stream()
                .map(limit -> new WindowHits(current(limit, now), 1))
                .toList();
        List<WindowHits.Window> previous =
                limits.stream().map(limit -> previous(limit, now)).toList();
        try (Connection db = dataSource.getConnection()) {
            Map<String, Integer> totals = RateWindowsQuery.add(db, hits).stream()
                    .collect(Collectors.toMap(total -> total.window().bucket(), WindowHits::hits));
            Map<WindowHits.Window, Integer> before = RateWindowsQuery.hits(db, previous);
            return limits.stream()
                    .map(limit -> SlidingWindow.decide(
                            limit,
                            totals.getOrDefault(limit.bucket(), 0),
                            before.getOrDefault(previous(limit, now), 0),
                            now))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count requests: " + e.getMessage(), e);
        }
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

    private static WindowHits.Window current(RateLimit limit, Instant now) {
        return new WindowHits.Window(limit.bucket(), Tally.windowStart(now, limit.windowSeconds()));
    }

    private static WindowHits.Window previous(RateLimit limit, Instant now) {
        return new WindowHits.Window(limit.bucket(), current(limit, now).start() - limit.windowSeconds());
    }
}
