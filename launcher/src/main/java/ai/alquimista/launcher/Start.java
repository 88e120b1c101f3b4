package ai.alquimista.launcher;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code ./alquimista start}: runs everything in the foreground until Ctrl-C. */
final class Start {

    private Start() {
    }

    static int run(LaunchSettings settings, Map<String, String> env, PrintStream out) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        RunningSystem system = RunningSystem.start(settings, env, false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping Alquimista.AI ...");
            system.close();
            stopped.countDown();
        }, "alquimista-shutdown"));
        out.printf("""

                Alquimista.AI is running.
                  API         %1$s/events  (POST an event, GET /events/{id})
                  Health      %1$s/health   (readiness: /health/ready)
                  Metrics     %1$s/metrics
                  SQS         %2$s  (queues alquimista-%3$s-<agent>)
                  PostgreSQL  %4$s
                Press Ctrl-C to stop.
                %n""", settings.baseUrl(), system.sqsEndpoint(), settings.environment(), system.databaseUrl());
        system.awaitExit();
        stopped.await();
        return 0;
    }
}
