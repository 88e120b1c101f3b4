package ai.alquimista.launcher;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Sends requests at a fixed rate whatever the answers' pace (an open loop, as independent clients would): request i
 * is due at {@code i / rate} seconds, and its latency counts from then, so a server that falls behind shows in the
 * figures rather than slowing the load down.
 */
final class OpenLoop {

    /** What a phase measured: latencies in nanoseconds, sorted, and the answers that were not the expected status. */
    record Result(
            String name,
            int rate,
            long[] latencies,
            int errors,
            Map<String, Integer> errorKinds,
            SlowestSecond slowest) {

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }

        int sent() {
            return latencies.length;
        }
    }

    /** The second of the phase (counted from its start, by when requests were due) whose requests waited longest. */
    record SlowestSecond(int second, double p95Millis) {

        static SlowestSecond of(Map<Integer, List<Long>> bySecond) {
            SlowestSecond slowest = new SlowestSecond(0, 0);
            for (Map.Entry<Integer, List<Long>> second : bySecond.entrySet()) {
                long[] sorted = second.getValue().stream()
                        .mapToLong(Long::longValue)
                        .sorted()
                        .toArray();
                double p95 = sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)] / 1e6;
                if (p95 > slowest.p95Millis()) {
                    slowest = new SlowestSecond(second.getKey(), p95);
                }
            }
            return slowest;
        }
    }

    private OpenLoop() {}

    private static String cause(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    static Result run(
            HttpClient http,
            String name,
            int rate,
            Duration duration,
            int expectedStatus,
            IntFunction<HttpRequest> request)
            throws InterruptedException {
        int total = (int) (rate * duration.toMillis() / 1000);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<Integer, List<Long>> bySecond = new ConcurrentHashMap<>();
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        CompletableFuture<?>[] answers = new CompletableFuture<?>[total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            answers[i] = http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        long latency = System.nanoTime() - due;
                        latencies.add(latency);
                        bySecond.computeIfAbsent(
                                        (int) ((due - start) / 1_000_000_000L), s -> new CopyOnWriteArrayList<>())
                                .add(latency);
                        if (failure != null || response.statusCode() != expectedStatus) {
                            errors.incrementAndGet();
                            String kind = failure != null ? cause(failure) : "HTTP " + response.statusCode();
                            errorKinds.merge(kind, 1, Integer::sum);
                        }
                        return null;
                    });
        }
        CompletableFuture.allOf(answers).join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Result(name, rate, sorted, errors.get(), Map.copyOf(errorKinds), SlowestSecond.of(bySecond));
    }
}
