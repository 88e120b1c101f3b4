package ai.alquimista.sqs.adapter;

import java.time.Duration;

/** Waits for something the adapter does on its own threads. */
final class Eventually {

    private Eventually() {}

    static void within(Duration limit, Runnable assertion) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
