package ai.alquimista.fibonacci.schema.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.launcher.EmbeddedPostgresServer;
import jakarta.annotation.sql.DataSourceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The datasource's driver properties, as Payara hands them to PostgreSQL's driver (the pool's own {@code
 * fish.payara.*} ones aside), with the defaults written in the definition: every name is one the driver knows, and
 * no statement nor read waits for ever.
 */
class DatabaseTimeoutsTest {

    /** Payara's {@code ${MPCONFIG=key:default}}; the application's own config file is not read yet at that point. */
    private static final Pattern MPCONFIG = Pattern.compile("\\$\\{MPCONFIG=([^}:]+)(?::([^}]*))?}");

    private static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgresServer.start(0, Files.createTempDirectory("timeouts-pg"));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void theConfiguredDefaultsReachTheDriverAndTheServer() throws Exception {
        PGSimpleDataSource dataSource = dataSource(Map.of());

        assertThat(dataSource.getConnectTimeout()).isEqualTo(10);
        assertThat(dataSource.getLoginTimeout()).isEqualTo(15);
        assertThat(dataSource.getSocketTimeout()).isEqualTo(90);
        assertThat(dataSource.getTcpKeepAlive()).isTrue();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(single(connection, "SHOW statement_timeout")).isEqualTo("1min");
        }
    }

    @Test
    void postgresqlCancelsAStatementOverItsTimeoutAndTheConnectionStaysUsable() throws Exception {
        PGSimpleDataSource dataSource = dataSource(Map.of("alquimista.db.statement-timeout", "500ms"));

        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> single(connection, "SELECT pg_sleep(3)::text"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("57014");
            assertThat(single(connection, "SELECT 'ainda aqui'")).isEqualTo("ainda aqui");
        }
    }

    @Test
    void aReadThatGetsNoAnswerGivesUpAfterTheSocketTimeout() throws Exception {
        PGSimpleDataSource dataSource = dataSource(Map.of("alquimista.db.socket-timeout-seconds", "2"));

        try (Connection connection = dataSource.getConnection()) {
            // a server that answers nothing: the statement timeout lifted for this session only
            single(connection, "SELECT set_config('statement_timeout', '0', false)");
            long start = System.nanoTime();
            assertThatThrownBy(() -> single(connection, "SELECT pg_sleep(30)::text"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("08006");
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(1_500L, 10_000L);
            assertThat(connection.isClosed()).isTrue();
        }
    }

    /** The driver properties of {@link SchemaMigration}'s datasource, resolved as Payara resolves them. */
    private static PGSimpleDataSource dataSource(Map<String, String> overrides) throws IOException, SQLException {
        Properties config = new Properties();
        config.putAll(overrides);
        DataSourceDefinition definition = SchemaMigration.class.getAnnotation(DataSourceDefinition.class);
        assertThat(definition.className()).isEqualTo(PGSimpleDataSource.class.getName());
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(EmbeddedPostgresServer.USER);
        dataSource.setPassword(EmbeddedPostgresServer.PASSWORD);
        Map<String, String> driverProperties = new LinkedHashMap<>();
        for (String property : definition.properties()) {
            int equals = property.indexOf('=');
            String name = property.substring(0, equals);
            if (!name.startsWith("fish.payara.")) {
                driverProperties.put(name, resolve(property.substring(equals + 1), config));
            }
        }
        assertThat(driverProperties).containsKeys("connectTimeout", "loginTimeout", "socketTimeout", "options");
        for (var property : driverProperties.entrySet()) {
            dataSource.setProperty(property.getKey(), property.getValue());
        }
        return dataSource;
    }

    private static String resolve(String text, Properties config) {
        Matcher matcher = MPCONFIG.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = config.getProperty(key, matcher.group(2));
            assertThat(value).as("a default for " + key).isNotNull();
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
