package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueSender;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SQS as the outbox sees it: counts every send per body, and fails on the bodies it is told to (with any exception,
 * not only the SDK's), as a queue that refuses one message would.
 */
final class FakeQueue extends QueueSender {

    private final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> refusals = new ConcurrentHashMap<>();
    private final List<String> queues = new CopyOnWriteArrayList<>();
    private volatile long millisPerSend;

    void refuse(String body, RuntimeException failure) {
        refusals.put(body, failure);
    }

    void accept(String body) {
        refusals.remove(body);
    }

    void slow(long millis) {
        millisPerSend = millis;
    }

    @Override
    public String send(QueueAddress address, String body, Map<String, String> attributes) {
        RuntimeException refusal = refusals.get(body);
        if (refusal != null) {
            throw refusal;
        }
        pause();
        sends.computeIfAbsent(body, key -> new AtomicInteger()).incrementAndGet();
        queues.add(address.queue().logicalName());
        return "m-" + body;
    }

    int sends(String body) {
        AtomicInteger count = sends.get(body);
        return count == null ? 0 : count.get();
    }

    Map<String, AtomicInteger> allSends() {
        return sends;
    }

    List<String> queues() {
        return queues;
    }

    private void pause() {
        if (millisPerSend > 0) {
            try {
                Thread.sleep(millisPerSend);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
