package ai.alquimista.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
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
