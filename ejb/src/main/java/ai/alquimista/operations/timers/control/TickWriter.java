package ai.alquimista.operations.timers.control;

import ai.alquimista.shared.logging.Outage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Writes one timer's ticks down, at most every five seconds while nothing changes: a timer ticking every 250 ms would
 * otherwise write four rows a second for nothing. A failed run, a run an operator asked for, and a change (from
 * running to paused and back) are written at once; the runs in between are counted into the next write. A write
 * that fails never fails the run: its counts go with the next one.
 */
public final class TickWriter {

    private static final Logger LOG = Logger.getLogger(TickWriter.class.getName());
    static final Duration EVERY = Duration.ofSeconds(5);

    private final TimerLedger ledger;
    private final Clock clock;
    private final Outage outage = new Outage(LOG, "writing down a timer's ticks (counted into the next meanwhile)");
    private long runs;
    private long failures;
    private String lastKind = "scheduled";
    private Instant written = Instant.MIN;

    public TickWriter(TimerLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A tick: a run (asked for by an operator or not), or a paused tick when it has no run. */
    public synchronized void note(TimerTick tick, boolean asked) {
        runs += tick.runs();
        failures += tick.failures();
        String kind = tick.run() == null ? "paused" : tick.run().outcome();
        Instant now = clock.instant();
        boolean due = asked || "failed".equals(kind) || !kind.equals(lastKind) || !now.isBefore(written.plus(EVERY));
        if (!due) {
            return;
        }
        try {
            ledger.ticked(tick.counting(runs, failures));
            runs = 0;
            failures = 0;
            lastKind = kind;
            written = now;
            outage.succeeded();
        } catch (RuntimeException e) {
            outage.failed(e);
        }
    }
}
