package ai.alquimista.platform.ratelimit.boundary;

import ai.alquimista.platform.ratelimit.control.RateDecision;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Fixed-window counters in PostgreSQL, so every instance counts the same requests: one atomic
 * upsert per request and bucket ({@code tenant:<id>}, {@code ip:<address>}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLimiter {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    Clock clock;

    public RateDecision hit(String bucket, int limit, int windowSeconds) {
        Instant now = clock.instant();
        long windowStart = now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), windowSeconds);
        Number hits = (Number) em.createNativeQuery("INSERT INTO alquimista_platform.rate_limit_windows"
                        + " (bucket, window_start, hits) VALUES (?1, ?2, 1)"
                        + " ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1"
                        + " RETURNING hits")
                .setParameter(1, bucket)
                .setParameter(2, Timestamp.from(Instant.ofEpochSecond(windowStart)))
                .getSingleResult();
        long retryAfter = windowStart + windowSeconds - now.getEpochSecond();
        return new RateDecision(hits.intValue() <= limit, Math.max(1, retryAfter), bucket);
    }

    /** Windows older than a day are of no use to anyone. */
    public int forgetOldWindows() {
        return em.createNativeQuery("DELETE FROM alquimista_platform.rate_limit_windows WHERE window_start < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minusSeconds(86_400)))
                .executeUpdate();
    }
}
