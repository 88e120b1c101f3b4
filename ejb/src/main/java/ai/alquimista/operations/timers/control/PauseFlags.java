package ai.alquimista.operations.timers.control;

import ai.alquimista.shared.logging.Outage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Which timers are paused, as this instance last read it: read again when older than two seconds, so a timer
 * ticking every second does not read the database every second for each timer, and a pause made on another instance
 * holds here within two seconds. When the database cannot be read, the last answer stands.
 */
@ApplicationScoped
public class PauseFlags {

    private static final Logger LOG = Logger.getLogger(PauseFlags.class.getName());

    private final Outage outage = new Outage(LOG, "reading the paused timers (the last answer stands meanwhile)");
    static final Duration FRESH_FOR = Duration.ofSeconds(2);

    @Inject
    TimerLedger ledger;

    @Inject
    Clock clock;

    private record Snapshot(Set<String> paused, Instant readAt) {}

    private volatile Snapshot snapshot = new Snapshot(Set.of(), Instant.EPOCH);

    public boolean paused(String timerName) {
        Snapshot known = snapshot;
        if (known.readAt().plus(FRESH_FOR).isBefore(clock.instant())) {
            known = refresh();
        }
        return known.paused().contains(timerName);
    }

    /** A pause or resume made here holds here at once. */
    public synchronized void changed(String timerName, boolean paused) {
        Set<String> now = new HashSet<>(snapshot.paused());
        if (paused) {
            now.add(timerName);
        } else {
            now.remove(timerName);
        }
        snapshot = new Snapshot(Set.copyOf(now), snapshot.readAt());
    }

    private synchronized Snapshot refresh() {
        Instant now = clock.instant();
        if (!snapshot.readAt().plus(FRESH_FOR).isBefore(now)) {
            return snapshot;
        }
        try {
            snapshot = new Snapshot(ledger.pausedTimers(), now);
            outage.succeeded();
        } catch (RuntimeException e) {
            outage.failed(e);
            snapshot = new Snapshot(snapshot.paused(), now);
        }
        return snapshot;
    }
}
