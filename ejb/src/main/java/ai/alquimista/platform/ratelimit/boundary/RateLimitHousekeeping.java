package ai.alquimista.platform.ratelimit.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hourly, on every instance (non-persistent): deleting old windows is safe to repeat. */
@Singleton
public class RateLimitHousekeeping {

    private static final Logger LOG = Logger.getLogger(RateLimitHousekeeping.class.getName());

    @Inject
    RateLimiter limiter;

    @Schedule(minute = "17", hour = "*", persistent = false, info = "platform-rate-limit-housekeeping")
    void forgetOldWindows() {
        try {
            limiter.forgetOldWindows();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "rate-limit housekeeping failed; next hour retries", e);
        }
    }
}
