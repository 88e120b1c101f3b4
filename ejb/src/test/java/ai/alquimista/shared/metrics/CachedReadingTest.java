package ai.alquimista.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.testing.SimulatedClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Nine queues' gauges read in one scrape ask SQS once; a failed reading shows nothing and is tried again. */
class CachedReadingTest {

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T09:00:00");
    private final AtomicInteger asked = new AtomicInteger();
    private volatile boolean sqsDown;
    private final CachedReading<Integer> depth = new CachedReading<>(
            () -> {
                if (sqsDown) {
                    throw new IllegalStateException("SQS unreachable");
                }
                return asked.incrementAndGet();
            },
            Duration.ofSeconds(10),
            clock);

    @Test
    void oneReadingServesEveryGaugeForTenSeconds() {
        for (int gauge = 0; gauge < 36; gauge++) {
            assertThat(depth.get()).contains(1);
        }
        clock.advance(Duration.ofSeconds(10));

        assertThat(depth.get()).contains(2);
    }

    @Test
    void aFailedReadingGivesNothingAndIsTriedAgainAtTheNextScrape() {
        assertThat(depth.get()).contains(1);
        clock.advance(Duration.ofSeconds(10));
        sqsDown = true;

        assertThat(depth.get()).isEmpty();

        sqsDown = false;
        assertThat(depth.get()).contains(2);
    }
}
