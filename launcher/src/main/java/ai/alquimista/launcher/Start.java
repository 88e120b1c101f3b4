package ai.alquimista.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/** {@code ./alquimista start}: runs everything in the foreground until Ctrl-C. */
final class Start {

    private static final String CREDENTIALS = "demo-credentials.properties";

    private Start() {}

    /**
     * A few lines of progress and the banner; the logs go to files under {@code $ALQUIMISTA_HOME/logs}, or with
     * {@code --verbose} to the console as well as they come.
     */
    static int run(LaunchSettings settings, Map<String, String> env, String[] args, PrintStream out) throws Exception {
        boolean verbose = verbose(settings, args, out);
        return run(RunningSystem.start(settings, env, !verbose, new StartProgress(out)), out);
    }

    /** {@code ./alquimista join}: one more instance on the running system's database and queues. */
    static int join(LaunchSettings settings, Map<String, String> env, String[] args, PrintStream out) throws Exception {
        boolean verbose = verbose(settings, args, out);
        return run(RunningSystem.join(settings, env, !verbose, new StartProgress(out)), out);
    }

    private static boolean verbose(LaunchSettings settings, String[] args, PrintStream out) throws IOException {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        if (!verbose) {
            LauncherLog.toFile(settings.launcherLog());
        }
        out.println("Starting Alquimista.AI" + (verbose ? "" : " (logs in " + settings.logs() + ")") + " ...");
        return verbose;
    }

    private static int run(RunningSystem system, PrintStream out) throws Exception {
        LaunchSettings settings = system.settings();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            out.println("Stopping Alquimista.AI ...");
                            system.close();
                            stopped.countDown();
                        },
                        "alquimista-shutdown"));
        out.printf(
                """

                Alquimista.AI is running.
                  Web UI      %1$s/app/   (API docs: %1$s/api-docs/)
                  Console     %1$s/app/console.html   (platform operators: queues, dead letters, timers)
                  API         %1$s/events  (POST an event, GET /events/{id}); %1$s/api/...
                  Health      %1$s/health   (readiness: /health/ready)
                  Metrics     %1$s/metrics
                  SQS         %2$s  (queues alquimista-%3$s-<agent>)
                  PostgreSQL  %4$s
                  Logs        %6$s  (the application: %7$s)
                %5$s
                Press Ctrl-C to stop.
                %n""",
                settings.baseUrl(),
                system.sqsEndpoint(),
                settings.environment(),
                LaunchSettings.printable(system.databaseUrl()),
                demoCredentials(settings),
                settings.logs(),
                settings.payaraLog().getFileName());
        system.awaitExit();
        stopped.await();
        return 0;
    }

    /** Written by the application at first start; shown until the file is deleted. */
    private static String demoCredentials(LaunchSettings settings) throws IOException {
        Path file = settings.home().resolve(CREDENTIALS);
        if (!Files.exists(file)) {
            return "  Sign in with a user of your tenant.";
        }
        Properties demo = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            demo.load(reader);
        }
        return "  Demo tenant '" + demo.getProperty("company_name") + "': sign in as " + demo.getProperty("email")
                + " / " + demo.getProperty("password")
                + "\n  Platform operator (/admin): " + demo.getProperty("operator_email") + " / "
                + demo.getProperty("operator_password")
                + "\n  (from " + file + "; change the passwords with POST /auth/password and delete the file)";
    }
}
