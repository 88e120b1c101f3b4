package ai.alquimista.shared.logging;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A side task that may fail again and again while something is down (a gauge's reading, the timers' ledger): its
 * first failure is a WARNING with the cause, the ones after it are FINE, and the first success after them says at
 * INFO how many failed. An outage is seen once, and never floods the log.
 */
public final class Outage {

    private final Logger log;
    private final String what;
    private long failures;

    public Outage(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    public synchronized void failed(RuntimeException cause) {
        failures++;
        if (failures == 1) {
            log.log(Level.WARNING, what + " failed; further failures are logged at FINE until it works again", cause);
        } else {
            log.log(Level.FINE, what + " failed again (" + failures + " in a row)", cause);
        }
    }

    public synchronized void succeeded() {
        if (failures > 0) {
            long failed = failures;
            failures = 0;
            log.info(() -> what + " works again after " + failed + " failure(s)");
        }
    }

    synchronized long failures() {
        return failures;
    }
}
