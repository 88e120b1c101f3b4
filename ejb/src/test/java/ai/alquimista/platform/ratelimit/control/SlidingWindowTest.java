package ai.alquimista.platform.ratelimit.control;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.platform.ratelimit.boundary.RateDecision;
import ai.alquimista.platform.ratelimit.boundary.RateLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    /** Sign-in attempts from one address: 20 per 5 minutes. */
    private static final RateLimit GUESSES = new RateLimit("signin-ip:203.0.113.9", 20, 300);

    /** A fixed window starts here (a multiple of 300 s). */
    private static final Instant WINDOW = Instant.ofEpochSecond(1_764_000_000L - 1_764_000_000L % 300);

    @Test
    void twentyGuessesJustBeforeAWindowEndsHoldBackTheOneJustAfter() {
        RateDecision justAfter = SlidingWindow.decide(GUESSES, 1, 20, WINDOW.plusMillis(500));

        assertThat(justAfter.allowed())
                .as("a fixed window would start counting again")
                .isFalse();
    }

    @Test
    void halfAWindowLaterHalfThePreviousGuessesStillCount() {
        Instant half = WINDOW.plusSeconds(150);

        assertThat(SlidingWindow.decide(GUESSES, 10, 20, half).allowed()).isTrue();
        assertThat(SlidingWindow.decide(GUESSES, 11, 20, half).allowed()).isFalse();
    }

    @Test
    void withNothingBeforeTheLimitIsTheFixedWindowsOwn() {
        assertThat(SlidingWindow.decide(GUESSES, 20, 0, WINDOW.plusSeconds(299)).allowed())
                .isTrue();
        assertThat(SlidingWindow.decide(GUESSES, 21, 0, WINDOW).allowed()).isFalse();
    }

    @Test
    void aGuessAtRetryAfterIsAllowedAndOneASecondEarlierIsNot() {
        assertRetryAfterIsExact(1, 20, WINDOW.plusSeconds(1));
        assertRetryAfterIsExact(15, 12, WINDOW.plusSeconds(100));
        assertRetryAfterIsExact(21, 0, WINDOW.plusSeconds(100));
        assertRetryAfterIsExact(25, 3, WINDOW.plusMillis(299_400));
    }

    @Test
    void retryAfterForACurrentWindowAlreadyOverTheLimitLooksIntoTheNextWindow() {
        RateDecision refused = SlidingWindow.decide(GUESSES, 25, 0, WINDOW.plusSeconds(100));

        // next window: 1 + ceil(25 × (300 − 72) / 300) = 20 from 72 s in
        assertThat(refused.retryAfterSeconds()).isEqualTo(200 + 72);
    }

    /** A refused guess's Retry-After is when the next guess, and no other, would be allowed. */
    private static void assertRetryAfterIsExact(int current, int previous, Instant now) {
        RateDecision refused = SlidingWindow.decide(GUESSES, current, previous, now);
        assertThat(refused.allowed()).isFalse();

        Instant retry = now.plusSeconds(refused.retryAfterSeconds());
        assertThat(nextGuess(current, previous, now, retry).allowed())
                .as("a guess at Retry-After (%d s)", refused.retryAfterSeconds())
                .isTrue();
        assertThat(nextGuess(current, previous, now, retry.minus(Duration.ofSeconds(1)))
                        .allowed())
                .as("a guess a second before Retry-After (%d s)", refused.retryAfterSeconds())
                .isFalse();
    }

    private static RateDecision nextGuess(int current, int previous, Instant now, Instant then) {
        long windows = (Tally.windowStart(then, 300) - Tally.windowStart(now, 300)) / 300;
        if (windows == 0) {
            return SlidingWindow.decide(GUESSES, current + 1, previous, then);
        }
        return SlidingWindow.decide(GUESSES, 1, windows == 1 ? current : 0, then);
    }
}
