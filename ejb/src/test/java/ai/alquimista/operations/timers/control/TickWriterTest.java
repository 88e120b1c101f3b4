package ai.alquimista.operations.timers.control;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.testing.SimulatedClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lotes timer ticks every 250 ms: its ticks are written down every five seconds, changes at once. */
class TickWriterTest {

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T09:00:00");
    private final RecordingLedger ledger = new RecordingLedger();
    private final TickWriter writer = new TickWriter(ledger, clock);

    @Test
    void twentyQuietRunsInFiveSecondsAreOneRowCountingThemAll() {
        for (int i = 0; i < 21; i++) {
            writer.note(ran(null), false);
            clock.advance(Duration.ofMillis(250));
        }

        assertThat(ledger.written).hasSize(2);
        assertThat(ledger.written.get(0).runs())
                .as("the first run after start, at once")
                .isEqualTo(1);
        assertThat(ledger.written.get(1).runs())
                .as("the next 20, five seconds later")
                .isEqualTo(20);
    }

    @Test
    void aFailedRunIsWrittenAtOnceWithTheQuietRunsBeforeIt() {
        writer.note(ran(null), false);
        writer.note(ran(null), false);
        writer.note(ran(null), false);

        writer.note(ran("java.lang.IllegalStateException: database unreachable"), false);

        assertThat(ledger.written).hasSize(2);
        TimerTick failed = ledger.written.get(1);
        assertThat(failed.runs()).isEqualTo(3);
        assertThat(failed.failures()).isEqualTo(1);
        assertThat(failed.run().outcome()).isEqualTo("failed");
    }

    @Test
    void pausingAndAnOperatorsRunAreWrittenAtOnce() {
        writer.note(ran(null), false);
        writer.note(ran(null), false);

        writer.note(paused(), false);
        writer.note(paused(), false);
        writer.note(ran(null), true);

        assertThat(ledger.written).hasSize(3);
        assertThat(ledger.written.get(1).run()).as("the first paused tick").isNull();
        assertThat(ledger.written.get(1).runs())
                .as("the run before the pause goes with it")
                .isEqualTo(1);
        assertThat(ledger.written.get(2).runs()).isEqualTo(1);
    }

    @Test
    void aWriteThatFailsLeavesItsRunsToTheNext() {
        writer.note(ran(null), false);
        ledger.unreachable = true;
        clock.advance(Duration.ofSeconds(6));
        writer.note(ran(null), false);
        writer.note(ran(null), false);

        ledger.unreachable = false;
        writer.note(ran(null), false);

        assertThat(ledger.written).hasSize(2);
        assertThat(ledger.written.get(1).runs()).isEqualTo(3);
    }

    private TimerTick ran(String error) {
        return tick(new TimerTick.Run(clock.instant(), 3, error));
    }

    private TimerTick paused() {
        return tick(null);
    }

    private TimerTick tick(TimerTick.Run run) {
        return new TimerTick(
                "nigredo-recebimento-lotes",
                "app-1#42",
                "closing the open lotes",
                "every 250 ms",
                clock.instant(),
                clock.instant().plusMillis(250),
                run);
    }

    private static final class RecordingLedger extends TimerLedger {
        final List<TimerTick> written = new ArrayList<>();
        boolean unreachable;

        @Override
        public void ticked(TimerTick tick) {
            if (unreachable) {
                throw new IllegalStateException("the timers' rows are out of reach: connection refused");
            }
            written.add(tick);
        }
    }
}
