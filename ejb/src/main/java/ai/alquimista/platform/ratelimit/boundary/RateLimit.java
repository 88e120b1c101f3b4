package ai.alquimista.platform.ratelimit.boundary;

/** One counter a request pays into: at most {@code limit} hits per fixed window of {@code windowSeconds}. */
public record RateLimit(String bucket, int limit, int windowSeconds) {}
