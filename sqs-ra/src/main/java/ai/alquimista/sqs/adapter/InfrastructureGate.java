package ai.alquimista.sqs.adapter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shared by every consumer of the adapter: closed when a delivery fails because the database is
 * unreachable, so no session receives (and no message burns a receive towards its dead-letter
 * queue) until a probe finds the database answering again. Closing and opening are each logged
 * once, not on every probe.
 */
final class InfrastructureGate {

    private static final Logger LOG = Logger.getLogger(InfrastructureGate.class.getName());

    private final DatabaseProbe probe;
    private final ScheduledExecutorService scheduler;
    private final Duration probeInterval;
    private final Object monitor = new Object();
    private boolean open = true;
    private ScheduledFuture<?> probing;
    private long closings;

    InfrastructureGate(DatabaseProbe probe, ScheduledExecutorService scheduler, Duration probeInterval) {
        this.probe = probe;
        this.scheduler = scheduler;
        this.probeInterval = probeInterval;
    }

    boolean isOpen() {
        synchronized (monitor) {
            return open;
        }
    }

    /** How many times the gate has closed since the adapter started. */
    long closings() {
        synchronized (monitor) {
            return closings;
        }
    }

    void close(String queue, String reason) {
        synchronized (monitor) {
            if (!open) {
                return;
            }
            open = false;
            closings++;
            probing = scheduler.scheduleWithFixedDelay(
                    this::probe, probeInterval.toMillis(), probeInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
        LOG.warning(() -> "database unreachable (delivery on " + queue + " failed: " + reason
                + "): every SQS consumer stops receiving until it answers; probing every "
                + probeInterval.toMillis() + " ms");
    }

    /** Waits until the gate is open or the time is up; true when open. */
    boolean awaitOpen(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (!open) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
            return true;
        }
    }

    /** The adapter stops: no more probes. */
    void shutdown() {
        synchronized (monitor) {
            if (probing != null) {
                probing.cancel(false);
            }
            open = true;
            monitor.notifyAll();
        }
    }

    private void probe() {
        try {
            probe.check();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "database probe: not yet", e);
            return;
        }
        synchronized (monitor) {
            if (open) {
                return;
            }
            open = true;
            probing.cancel(false);
            probing = null;
            monitor.notifyAll();
        }
        LOG.info("database answers again: SQS consumers resume receiving");
    }
}
