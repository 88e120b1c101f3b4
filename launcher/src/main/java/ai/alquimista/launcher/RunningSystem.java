package ai.alquimista.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole system on one machine: embedded PostgreSQL and SQS unless real ones are configured,
 * then Payara Micro with the resource adapter and the WAR. Closing stops them in reverse order.
 */
public final class RunningSystem implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RunningSystem.class.getName());

    public static final String SQS_IN_MEMORY = "ALQUIMISTA_SQS_IN_MEMORY";

    /** How long Payara may take to become healthy, in seconds (180; a machine under load may need more). */
    public static final String START_SECONDS = "ALQUIMISTA_START_SECONDS";

    private final LaunchSettings settings;
    private final Optional<EmbeddedPostgresServer> postgres;
    private Optional<EmbeddedSqsServer> sqs;
    private PayaraProcess payara;
    private Map<String, String> applicationEnvironment;
    /** Whether this system wrote {@code running.properties} (it started the database and queues others join). */
    private boolean shared;

    private final String databaseUrl;
    private final String sqsEndpoint;

    private RunningSystem(
            LaunchSettings settings,
            Optional<EmbeddedPostgresServer> postgres,
            Optional<EmbeddedSqsServer> sqs,
            PayaraProcess payara,
            String databaseUrl,
            String sqsEndpoint) {
        this.settings = settings;
        this.postgres = postgres;
        this.sqs = sqs;
        this.payara = payara;
        this.databaseUrl = databaseUrl;
        this.sqsEndpoint = sqsEndpoint;
    }

    public static RunningSystem start(LaunchSettings settings, Map<String, String> environment, boolean quiet)
            throws IOException, InterruptedException {
        return start(settings, environment, quiet, StartProgress.silent());
    }

    /** Starts everything, telling {@code progress} what is being started and how long each part took. */
    public static RunningSystem start(
            LaunchSettings settings, Map<String, String> environment, boolean quiet, StartProgress progress)
            throws IOException, InterruptedException {
        requireFree(settings.httpHost(), settings.httpPort(), "HTTP (ALQUIMISTA_HTTP_PORT)");
        if (settings.sqsEndpoint().isEmpty()) {
            requireFree("127.0.0.1", settings.sqsPort(), "embedded SQS (ALQUIMISTA_SQS_PORT)");
        }
        Optional<EmbeddedPostgresServer> postgres = settings.databaseUrl().isPresent()
                ? Optional.empty()
                : Optional.of(progress.step(
                        "PostgreSQL 17, embedded (data in " + settings.home().resolve("pgdata") + ")",
                        () -> EmbeddedPostgresServer.start(
                                settings.postgresPort(), settings.home().resolve("pgdata"))));
        Optional<EmbeddedSqsServer> sqs = Optional.empty();
        PayaraProcess payara = null;
        try {
            sqs = settings.sqsEndpoint().isPresent()
                    ? Optional.empty()
                    : Optional.of(progress.step(
                            "SQS, embedded ElasticMQ (messages in " + sqsStore(settings) + ")",
                            () -> embeddedSqs(settings, environment)));
            String databaseUrl = settings.databaseUrl()
                    .orElseGet(() -> postgres.orElseThrow().jdbcUrl());
            String sqsEndpoint = settings.sqsEndpoint().orElseGet(() -> settings.localSqsEndpoint());
            Map<String, String> child = childEnvironment(
                    settings, environment, databaseUrl, sqsEndpoint, postgres.isPresent(), sqs.isPresent());
            payara = PayaraProcess.start(settings, child, quiet);
            RunningSystem system = new RunningSystem(settings, postgres, sqs, payara, databaseUrl, sqsEndpoint);
            system.applicationEnvironment = child;
            PayaraProcess application = payara;
            progress.step("the application, Payara Micro", () -> {
                application.awaitHealthy(startTimeout(environment));
                return application;
            });
            new SharedInfrastructure(databaseUrl, sqsEndpoint, postgres.isPresent(), sqs.isPresent())
                    .write(settings.home());
            system.shared = true;
            return system;
        } catch (IOException | InterruptedException | RuntimeException e) {
            new RunningSystem(settings, postgres, sqs, payara, null, null).close();
            throw e;
        }
    }

    /**
     * A further application instance on the database and queues of the system started from the same home
     * ({@code ./alquimista join}): what lets the work split between instances, as on ECS.
     */
    public static RunningSystem join(LaunchSettings settings, Map<String, String> environment, boolean quiet)
            throws IOException, InterruptedException {
        return join(settings, environment, quiet, StartProgress.silent());
    }

    public static RunningSystem join(
            LaunchSettings settings, Map<String, String> environment, boolean quiet, StartProgress progress)
            throws IOException, InterruptedException {
        SharedInfrastructure shared = SharedInfrastructure.read(settings.home());
        shared.requireRunning(settings.home());
        LaunchSettings joining = settings.joining(shared.databaseUrl(), shared.sqsEndpoint());
        requireFree(joining.httpHost(), joining.httpPort(), "HTTP (ALQUIMISTA_HTTP_PORT)");
        Map<String, String> child = childEnvironment(
                joining,
                environment,
                shared.databaseUrl(),
                shared.sqsEndpoint(),
                shared.embeddedPostgres(),
                shared.embeddedSqs());
        // the first instance made the demo tenant and its printed sign-in; this one only joins
        child.remove("ALQUIMISTA_DEMO_TENANT");
        PayaraProcess payara = PayaraProcess.start(joining, child, quiet);
        RunningSystem system = new RunningSystem(
                joining, Optional.empty(), Optional.empty(), payara, shared.databaseUrl(), shared.sqsEndpoint());
        system.applicationEnvironment = child;
        try {
            progress.step(
                    "the application, Payara Micro (joining " + LaunchSettings.printable(shared.databaseUrl()) + ")",
                    () -> {
                        payara.awaitHealthy(startTimeout(environment));
                        return payara;
                    });
            return system;
        } catch (IOException | InterruptedException | RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private static Duration startTimeout(Map<String, String> environment) {
        return Duration.ofSeconds(Long.parseLong(environment.getOrDefault(START_SECONDS, "180")));
    }

    /**
     * Queues and messages under {@code $ALQUIMISTA_HOME/sqs}, so a restart loses nothing in flight;
     * {@code ALQUIMISTA_SQS_IN_MEMORY=true} keeps them in memory instead (faster, lost at stop).
     */
    private static EmbeddedSqsServer embeddedSqs(LaunchSettings settings, Map<String, String> environment)
            throws IOException {
        if (Boolean.parseBoolean(environment.getOrDefault(SQS_IN_MEMORY, "false"))) {
            return EmbeddedSqsServer.start("127.0.0.1", settings.sqsPort());
        }
        return EmbeddedSqsServer.startPersistent("127.0.0.1", settings.sqsPort(), sqsStore(settings));
    }

    public static Path sqsStore(LaunchSettings settings) {
        return settings.home().resolve("sqs");
    }

    private static Map<String, String> childEnvironment(
            LaunchSettings settings,
            Map<String, String> environment,
            String databaseUrl,
            String sqsEndpoint,
            boolean embeddedPostgres,
            boolean embeddedSqs) {
        Map<String, String> child = new HashMap<>(environment);
        child.put("ALQUIMISTA_DB_URL", databaseUrl);
        child.put("ALQUIMISTA_SQS_ENDPOINT", sqsEndpoint);
        child.putIfAbsent("ALQUIMISTA_SQS_REGION", settings.region());
        child.putIfAbsent("ALQUIMISTA_ENV", settings.environment());
        child.put("ALQUIMISTA_HOME", settings.home().toAbsolutePath().toString());
        if (embeddedPostgres) {
            child.put("ALQUIMISTA_DB_USER", EmbeddedPostgresServer.USER);
            child.put("ALQUIMISTA_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
            // the demo tenant and its printed sign-in belong to a laptop's throw-away database only
            child.putIfAbsent("ALQUIMISTA_DEMO_TENANT", "true");
            // WhatsApp webhooks signed with a known local secret, so a laptop can post them with curl (notes in
            // the README); a real deployment sets its Meta app's secret and its own verify token
            child.putIfAbsent("ALQUIMISTA_WHATSAPP_APP_SECRET", "alquimista-local-app-secret");
            child.putIfAbsent("ALQUIMISTA_WHATSAPP_VERIFY_TOKEN", "alquimista-local-verify-token");
        }
        if (embeddedSqs) {
            child.putIfAbsent("AWS_ACCESS_KEY_ID", "local");
            child.putIfAbsent("AWS_SECRET_ACCESS_KEY", "local");
        }
        return child;
    }

    private static void requireFree(String host, int port, String what) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IOException(
                    what + " port " + host + ":" + port
                            + " is in use: is Alquimista.AI already running? Stop it or choose another port",
                    e);
        }
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public String sqsEndpoint() {
        return sqsEndpoint;
    }

    /** The application's process, as it runs now (a restart starts another). */
    public long applicationPid() {
        return payara.pid();
    }

    public LaunchSettings settings() {
        return settings;
    }

    /** The application crashes (SIGKILL); the database and the queues stay up. */
    public void killApplication() throws InterruptedException {
        payara.kill();
    }

    /** Starts the application again after {@link #killApplication()}, as an orchestrator would, and waits for it. */
    public void restartApplication() throws IOException, InterruptedException {
        payara = PayaraProcess.start(settings, applicationEnvironment, true);
        payara.awaitHealthy(startTimeout(applicationEnvironment));
    }

    /** The SQS endpoint goes away; with the embedded store its queues and messages stay on disk. */
    public void stopQueues() {
        sqs.orElseThrow(() -> new IllegalStateException("only the embedded SQS can be stopped"))
                .close();
    }

    public void restartQueues() throws IOException {
        if (sqs.isEmpty()) {
            throw new IllegalStateException("only the embedded SQS can be restarted");
        }
        sqs = Optional.of(embeddedSqs(settings, applicationEnvironment));
    }

    public void stopDatabase() throws IOException {
        postgres.orElseThrow(() -> new IllegalStateException("only the embedded database can be stopped"))
                .stop();
    }

    public void restartDatabase() throws IOException {
        postgres.orElseThrow(() -> new IllegalStateException("only the embedded database can be restarted"))
                .restart();
    }

    public void awaitExit() throws InterruptedException {
        payara.awaitExit();
    }

    @Override
    public void close() {
        if (shared) {
            try {
                SharedInfrastructure.remove(settings.home());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "removing " + SharedInfrastructure.FILE_NAME + " from " + settings.home(), e);
            }
        }
        try {
            if (payara != null) {
                payara.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sqs.ifPresent(EmbeddedSqsServer::close);
        postgres.ifPresent(server -> {
            try {
                server.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "stopping embedded PostgreSQL", e);
            }
        });
    }
}
