package ai.alquimista.platform.ratelimit.control;

/** Whether a request may go on and, if not, when the caller may try again. */
public record RateDecision(boolean allowed, long retryAfterSeconds, String bucket) {}
