package ai.alquimista.platform.ratelimit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed-window counters in PostgreSQL, so every instance counts the same requests: one atomic
 * multi-row upsert per request for all of its buckets ({@code ip:<address>}, {@code tenant:<id>}). Old windows are
 * pruned by the platform's retention timer ({@code alquimista.retention.rate-limit-windows-days}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimiter {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

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
        // rows are always locked in bucket order, so two requests sharing buckets cannot deadlock
        List<RateLimit> ordered =
                limits.stream().sorted(Comparator.comparing(RateLimit::bucket)).toList();
        Instant now = clock.instant();
        StringBuilder sql = new StringBuilder(
                "INSERT INTO alquimista_platform.rate_limit_windows" + " (bucket, window_start, hits) VALUES ");
        for (int i = 0; i < ordered.size(); i++) {
            sql.append(i == 0 ? "(?" : ", (?")
                    .append(2 * i + 1)
                    .append(", ?")
                    .append(2 * i + 2)
                    .append(", 1)");
        }
        sql.append(" ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1"
                + " RETURNING bucket, hits");
        Query upsert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < ordered.size(); i++) {
            RateLimit limit = ordered.get(i);
            upsert.setParameter(2 * i + 1, limit.bucket())
                    .setParameter(2 * i + 2, Timestamp.from(Instant.ofEpochSecond(windowStart(now, limit))));
        }
        Map<String, Integer> hits = new HashMap<>();
        for (Object row : upsert.getResultList()) {
            Object[] columns = (Object[]) row;
            hits.put((String) columns[0], ((Number) columns[1]).intValue());
        }
        return limits.stream()
                .map(limit -> {
                    long retryAfter = windowStart(now, limit) + limit.windowSeconds() - now.getEpochSecond();
                    return new RateDecision(
                            hits.getOrDefault(limit.bucket(), 0) <= limit.limit(),
                            Math.max(1, retryAfter),
                            limit.bucket());
                })
                .toList();
    }

    private static long windowStart(Instant now, RateLimit limit) {
        return now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), limit.windowSeconds());
    }
}
