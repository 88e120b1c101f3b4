package ai.alquimista.shared.errors;

/** Over a rate limit (429): the answer says, in Retry-After, when to try again. */
public class TooManyRequests extends Refusal {

    private final long retryAfterSeconds;

    public TooManyRequests(String detail, long retryAfterSeconds) {
        super(429, "Too many requests", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
