package ai.alquimista.sqs.adapter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;

/**
 * Keeps received messages invisible while their delivery is still working: one scheduler for the
 * whole adapter looks at every held message each tick and, once half of its visibility timeout
 * has passed since it was received or last extended, gives it a full timeout again
 * (ChangeMessageVisibilityBatch, per queue, ten at a time). A message waiting in a session's batch
 * for its turn is held too, so its visibility does not run out before it is delivered.
 */
final class VisibilityKeeper {

    private static final Logger LOG = Logger.getLogger(VisibilityKeeper.class.getName());
    private static final int BATCH = 10;

    private final ScheduledExecutorService scheduler;
    private final Duration tick;
    private final LongSupplier nanoTime;
    private final Set<Lease> leases = ConcurrentHashMap.newKeySet();
    private final AtomicLong extensions = new AtomicLong();
    private ScheduledFuture<?> ticking;

    VisibilityKeeper(ScheduledExecutorService scheduler, Duration tick) {
        this(scheduler, tick, System::nanoTime);
    }

    VisibilityKeeper(ScheduledExecutorService scheduler, Duration tick, LongSupplier nanoTime) {
        this.scheduler = scheduler;
        this.tick = tick;
        this.nanoTime = nanoTime;
    }

    synchronized void start() {
        if (ticking == null) {
            ticking = scheduler.scheduleWithFixedDelay(
                    this::extendDue, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        leases.clear();
    }

    /** Holds a message received just now; release the lease once it is deleted or handed back. */
    Lease hold(SqsClient sqs, String queueUrl, String receiptHandle, int visibilitySeconds) {
        Lease lease = new Lease(sqs, queueUrl, receiptHandle, visibilitySeconds, nanoTime.getAsLong());
        leases.add(lease);
        return lease;
    }

    /** Visibility extensions made since the adapter started. */
    long extensions() {
        return extensions.get();
    }

    void extendDue() {
        long now = nanoTime.getAsLong();
        List<Lease> due = leases.stream().filter(lease -> lease.due(now)).toList();
        Map<QueueOf, List<Lease>> byQueue =
                due.stream().collect(Collectors.groupingBy(lease -> new QueueOf(lease.sqs, lease.queueUrl)));
        byQueue.forEach((queue, held) -> {
            for (int from = 0; from < held.size(); from += BATCH) {
                extend(queue, held.subList(from, Math.min(held.size(), from + BATCH)), now);
            }
        });
    }

    private void extend(QueueOf queue, List<Lease> batch, long now) {
        List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Lease lease = batch.get(i);
            entries.add(ChangeMessageVisibilityBatchRequestEntry.builder()
                    .id(String.valueOf(i))
                    .receiptHandle(lease.receiptHandle)
                    .visibilityTimeout(lease.visibilitySeconds)
                    .build());
        }
        try {
            List<BatchResultErrorEntry> failed = queue.sqs
                    .changeMessageVisibilityBatch(
                            r -> r.queueUrl(queue.queueUrl).entries(entries))
                    .failed();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).extendedAt = now;
            }
            extensions.addAndGet(batch.size() - failed.size());
            for (BatchResultErrorEntry error : failed) {
                Lease lease = batch.get(Integer.parseInt(error.id()));
                if (lease.held) {
                    LOG.warning(() -> "cannot extend the visibility of a message on " + queue.queueUrl + ": "
                            + error.code() + " " + error.message());
                }
            }
        } catch (SdkException e) {
            LOG.log(Level.WARNING, "cannot extend visibility on " + queue.queueUrl + ", retrying next tick", e);
        }
    }

    private record QueueOf(SqsClient sqs, String queueUrl) {
        @Override
        public boolean equals(Object other) {
            return other instanceof QueueOf that && that.sqs == sqs && that.queueUrl.equals(queueUrl);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(sqs) * 31 + queueUrl.hashCode();
        }
    }

    /** One held message. */
    final class Lease {
        private final SqsClient sqs;
        private final String queueUrl;
        private final String receiptHandle;
        private final int visibilitySeconds;
        private volatile long extendedAt;
        private volatile boolean held = true;

        private Lease(SqsClient sqs, String queueUrl, String receiptHandle, int visibilitySeconds, long receivedAt) {
            this.sqs = sqs;
            this.queueUrl = queueUrl;
            this.receiptHandle = receiptHandle;
            this.visibilitySeconds = visibilitySeconds;
            this.extendedAt = receivedAt;
        }

        private boolean due(long now) {
            return held && now - extendedAt >= TimeUnit.SECONDS.toNanos(visibilitySeconds) / 2;
        }

        void release() {
            held = false;
            leases.remove(this);
        }
    }
}
