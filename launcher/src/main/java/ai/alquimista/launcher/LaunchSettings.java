package ai.alquimista.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where things run. Every value comes from the environment (the same names the application reads
 * through MicroProfile Config); a missing database or SQS endpoint means "start an embedded one".
 */
public record LaunchSettings(
        Path projectDirectory,
        Path home,
        String httpHost,
        int httpPort,
        int sqsPort,
        int postgresPort,
        Optional<String> databaseUrl,
        Optional<String> sqsEndpoint,
        String environment,
        String region,
        String instance) {

    public static LaunchSettings fromEnvironment(Map<String, String> env) {
        Path project = Path.of(env.getOrDefault("ALQUIMISTA_PROJECT_DIR", "."))
                .toAbsolutePath()
                .normalize();
        return new LaunchSettings(
                project,
                Path.of(env.getOrDefault(
                        "ALQUIMISTA_HOME", project.resolve(".alquimista").toString())),
                env.getOrDefault("ALQUIMISTA_HTTP_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("ALQUIMISTA_HTTP_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("ALQUIMISTA_SQS_PORT", "9324")),
                Integer.parseInt(env.getOrDefault("ALQUIMISTA_PG_PORT", "0")),
                Optional.ofNullable(env.get("ALQUIMISTA_DB_URL")).filter(s -> !s.isBlank()),
                Optional.ofNullable(env.get("ALQUIMISTA_SQS_ENDPOINT")).filter(s -> !s.isBlank()),
                env.getOrDefault("ALQUIMISTA_ENV", "local"),
                env.getOrDefault("ALQUIMISTA_SQS_REGION", env.getOrDefault("AWS_REGION", "us-east-1")),
                "payara");
    }

    /**
     * Another application instance beside the first, on the first one's database and queues ({@code ./alquimista
     * join}): its own HTTP port and Payara directory, the same home (so the same signing and pseudonym keys).
     */
    public LaunchSettings joining(String databaseUrl, String sqsEndpoint) {
        return new LaunchSettings(
                projectDirectory,
                home,
                httpHost,
                httpPort,
                sqsPort,
                postgresPort,
                Optional.of(databaseUrl),
                Optional.of(sqsEndpoint),
                environment,
                region,
                "payara-" + httpPort);
    }

    /** Where this instance's Payara Micro keeps its runtime files. */
    public Path payaraRuntime() {
        return home.resolve(instance);
    }

    /** The logs of everything the launcher starts, named in the start's banner. */
    public Path logs() {
        return home.resolve("logs");
    }

    /** This instance's Payara Micro output (the application's log): {@code logs/payara.log}, {@code logs/payara-8081.log}. */
    public Path payaraLog() {
        return logs().resolve(instance + ".log");
    }

    /** The launcher's own log: the embedded PostgreSQL and SQS servers. */
    public Path launcherLog() {
        return logs().resolve("launcher.log");
    }

    public Path war() {
        return projectDirectory.resolve("web/target/alquimista.war");
    }

    public Path rar() {
        return projectDirectory.resolve("sqs-ra/target/sqs-ra.rar");
    }

    public Path payaraMicro() {
        return projectDirectory.resolve("launcher/target/runtime/payara-micro.jar");
    }

    public String baseUrl() {
        return "http://" + httpHost + ":" + httpPort;
    }

    public String localSqsEndpoint() {
        return "http://127.0.0.1:" + sqsPort;
    }

    /**
     * A JDBC URL as it may be printed: without its parameters and any user part, where a password may be written
     * ({@code ?user=…&password=…}, {@code ;password=…}, {@code //user:secret@host}).
     */
    public static String printable(String jdbcUrl) {
        String url = jdbcUrl.split("[?;]", 2)[0];
        int scheme = url.indexOf("//");
        int at = url.indexOf('@', Math.max(0, scheme));
        return scheme >= 0 && at > scheme ? url.substring(0, scheme + 2) + url.substring(at + 1) : url;
    }
}
