package ai.alquimista.platform.auth.control;

import ai.alquimista.platform.ratelimit.boundary.RateDecision;
import ai.alquimista.platform.ratelimit.boundary.RateLimit;
import ai.alquimista.platform.ratelimit.boundary.RateLimiter;
import ai.alquimista.shared.errors.TooManyRequests;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often passwords may be tried, apart from the lock of an (account, address) pair: per address (20 per 5
 * minutes) and per e-mail from addresses that have not signed in to it lately (50 per 15 minutes), so neither one
 * machine nor many can guess at speed. An e-mail nobody has is limited the same way, so a 429 tells nothing.
 */
@Dependent
public class SignInLimits {

    @Inject
    RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "alquimista.auth.ip-attempts", defaultValue = "20")
    int ipAttempts;

    @Inject
    @ConfigProperty(name = "alquimista.auth.ip-window-seconds", defaultValue = "300")
    int ipWindowSeconds;

    @Inject
    @ConfigProperty(name = "alquimista.auth.account-attempts", defaultValue = "50")
    int accountAttempts;

    @Inject
    @ConfigProperty(name = "alquimista.auth.account-window-seconds", defaultValue = "900")
    int accountWindowSeconds;

    public void checkAddress(String address) {
        check(
                new RateLimit("signin-ip:" + address, ipAttempts, ipWindowSeconds),
                "too many sign-in attempts from your address");
    }

    public void checkAccount(String email) {
        check(
                new RateLimit("signin-account:" + digest(email), accountAttempts, accountWindowSeconds),
                "too many sign-in attempts for this account from unrecognised addresses");
    }

    private void check(RateLimit limit, String detail) {
        RateDecision decision = limiter.hit(List.of(limit)).get(0);
        if (!decision.allowed()) {
            throw new TooManyRequests(
                    detail + "; retry in " + decision.retryAfterSeconds() + " s", decision.retryAfterSeconds());
        }
    }

    /** The bucket names no e-mail in clear. */
    private static String digest(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
