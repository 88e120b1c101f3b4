package ai.alquimista.platform.ratelimit.boundary;

/** Whether a request may go on and, if not, when the caller may try again. */
public record RateDecision(boolean allowed, long retryAfterSeconds, String bucket) {}
