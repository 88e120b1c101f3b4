package ai.alquimista.platform.ratelimit.boundary;

/**
 * One counter a request pays into: at most {@code limit} hits per window of {@code windowSeconds} (fixed for
 * ordinary requests, sliding for sign-in attempts: {@link RateLimiter#hit}).
 */
public record RateLimit(String bucket, int limit, int windowSeconds) {}
