package ai.alquimista.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Recebimento took 1 to 100 ms for its last hundred messages: its p50, p90 and p99 are read in seconds. */
class LatencyWindowTest {

    private static final long MS = 1_000_000;
    private final LatencyWindow recebimento = new LatencyWindow();

    @Test
    void theLastHundredDeliveriesGiveTheirPercentilesInSeconds() {
        for (int ms = 1; ms <= 100; ms++) {
            recebimento.record(ms * MS, ms * MS);
        }

        long now = 100 * MS;
        assertThat(recebimento.percentileSeconds(0.50, now)).isCloseTo(0.050, within(1e-9));
        assertThat(recebimento.percentileSeconds(0.90, now)).isCloseTo(0.090, within(1e-9));
        assertThat(recebimento.percentileSeconds(0.99, now)).isCloseTo(0.099, within(1e-9));
    }

    @Test
    void deliveriesOlderThanFiveMinutesNoLongerCount() {
        recebimento.record(0, 900 * MS);
        recebimento.record(LatencyWindow.SPAN_NANOS + 1, 5 * MS);

        assertThat(recebimento.percentileSeconds(0.99, LatencyWindow.SPAN_NANOS + 2))
                .as("the slow one is over five minutes old")
                .isCloseTo(0.005, within(1e-9));
        assertThat(recebimento.percentileSeconds(0.99, 3 * LatencyWindow.SPAN_NANOS))
                .as("nothing in the last five minutes")
                .isNaN();
    }

    @Test
    void onlyTheLastThousandAndTwentyFourAreKept() {
        recebimento.record(0, 10_000 * MS);
        for (int i = 0; i < LatencyWindow.CAPACITY; i++) {
            recebimento.record(1, 2 * MS);
        }

        assertThat(recebimento.percentileSeconds(1.0, 2)).isCloseTo(0.002, within(1e-9));
    }
}
