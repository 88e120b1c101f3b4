package ai.alquimista.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** PostgreSQL 17 from zonky's binaries, bound to 127.0.0.1, its data kept in a directory of ours. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "alquimista";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    /** Starts on {@code port} (0 picks a free one), keeping data in {@code dataDirectory} across restarts. */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, boot(port, dataDirectory));
        server.createDatabase();
        return server;
    }

    private static EmbeddedPostgres boot(int port, Path dataDirectory) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The fault suite's database outage: the server stops; its data stays. */
    public void stop() throws IOException {
        postgres.close();
    }

    /** After {@link #stop()}: the same data on the same port, so the application's URL still points at it. */
    public void restart() throws IOException {
        postgres = boot(port(), dataDirectory);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
