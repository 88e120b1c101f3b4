package ai.alquimista.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the running system's database and queues are, written at start into its home so {@code ./alquimista join}
 * can start another instance on them. Holds no password: the embedded database's is the launcher's own, and a real
 * one comes from the environment.
 */
record SharedInfrastructure(String databaseUrl, String sqsEndpoint, boolean embeddedPostgres, boolean embeddedSqs) {

    static final String FILE_NAME = "running.properties";

    void write(Path home) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("database_url", databaseUrl);
        properties.setProperty("sqs_endpoint", sqsEndpoint);
        properties.setProperty("embedded_postgres", String.valueOf(embeddedPostgres));
        properties.setProperty("embedded_sqs", String.valueOf(embeddedSqs));
        try (Writer writer = Files.newBufferedWriter(home.resolve(FILE_NAME))) {
            properties.store(writer, "the running Alquimista.AI's database and queues, for ./alquimista join");
        }
    }

    /** The system stopped: nothing left to join. */
    static void remove(Path home) throws IOException {
        Files.deleteIfExists(home.resolve(FILE_NAME));
    }

    /**
     * Fails at once, naming what does not answer, when the database or the queues of the system that wrote the file
     * are not there (it was killed, or its home was copied): a joining instance would otherwise wait minutes for a
     * health check that cannot pass.
     */
    void requireRunning(Path home) throws IOException {
        URI database = URI.create(databaseUrl.substring("jdbc:".length()));
        URI queues = URI.create(sqsEndpoint);
        requireAnswer(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort(), "database", home);
        requireAnswer(
                queues.getHost(),
                queues.getPort() < 0 ? ("https".equals(queues.getScheme()) ? 443 : 80) : queues.getPort(),
                "SQS endpoint",
                home);
    }

    private static void requireAnswer(String host, int port, String what, Path home) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        } catch (IOException e) {
            throw new IOException(
                    "the system to join is not running: its " + what + " (" + host + ":" + port + ", from "
                            + home.resolve(FILE_NAME) + ") does not answer (" + e.getMessage()
                            + "). Start it first (./alquimista start)",
                    e);
        }
    }

    static SharedInfrastructure read(Path home) throws IOException {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            throw new IOException("no running system to join in " + home + ": start one first (./alquimista start)");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return new SharedInfrastructure(
                properties.getProperty("database_url"),
                properties.getProperty("sqs_endpoint"),
                Boolean.parseBoolean(properties.getProperty("embedded_postgres")),
                Boolean.parseBoolean(properties.getProperty("embedded_sqs")));
    }
}
