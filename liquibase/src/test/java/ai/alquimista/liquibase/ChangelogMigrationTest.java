package ai.alquimista.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChangelogMigrationTest {

    private static final String MASTER = "db/changelog/db.changelog-master.xml";

    private static final Map<String, List<String>> TABLES = Map.of(
            "fibonacci_core",
                    List.of("events", "traces", "metrics", "outbox", "processed_messages", "message_failures"),
            "nigredo_leads",
                    List.of(
                            "leads",
                            "campanhas",
                            "interacoes",
                            "agendamentos",
                            "metricas_diarias",
                            "blocklist",
                            "imports",
                            "import_rows",
                            "import_issues",
                            "campanha_leads",
                            "campanha_importacoes",
                            "envios",
                            "disparo_ritmo",
                            "disparo_limites_atingidos",
                            "sandbox_mensagens",
                            "webhooks_recebidos",
                            "mensagens_orfas",
                            "respostas_em_revisao",
                            "numeros_whatsapp",
                            "calendario_eventos",
                            "consentimentos",
                            "supressoes",
                            "funil_etapas",
                            "funil_diario",
                            "relatorios_diarios"),
            "alquimista_platform",
                    List.of(
                            "tenants",
                            "users",
                            "agents",
                            "agent_activations",
                            "permissions",
                            "audit_logs",
                            "rate_limit_windows",
                            "operators",
                            "sessions",
                            "sign_in_guards",
                            "timer_pauses",
                            "timer_runs"));

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void migrateTwice() throws Exception {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        update();
        update();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void update() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(
                    Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER)
                            .execute());
        }
    }

    @Test
    void createsEveryTableInItsSchema() throws SQLException {
        for (Map.Entry<String, List<String>> schema : TABLES.entrySet()) {
            assertThat(tablesIn(schema.getKey()))
                    .as(schema.getKey())
                    .containsExactlyInAnyOrderElementsOf(schema.getValue());
        }
    }

    @Test
    void secondRunAppliesNothingNew() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT count(*), count(DISTINCT id) FROM public.databasechangelog")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(rows.getInt(2)).isPositive();
        }
    }

    @Test
    void timestampsAreTimezoneAware() throws SQLException {
        assertThat(columnType("fibonacci_core", "events", "created_at")).isEqualTo("timestamp with time zone");
        assertThat(columnType("nigredo_leads", "leads", "metadata")).isEqualTo("jsonb");
    }

    @Test
    void metricasDiariasRejectsDuplicateTenantAndDay() throws SQLException {
        UUID tenant = UUID.randomUUID();
        String insert = "INSERT INTO nigredo_leads.metricas_diarias (tenant_id, data, metricas) "
                + "VALUES (?, DATE '2025-01-31', '{}'::jsonb)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setObject(1, tenant);
            statement.executeUpdate();
            assertThatThrownBy(statement::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("uq_metricas_diarias_tenant_data");
        }
    }

    @Test
    void processedMessagesRejectsDuplicateConsumerAndKey() throws SQLException {
        String insert = "INSERT INTO fibonacci_core.processed_messages (consumer, message_key) VALUES (?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, "nigredo-recebimento");
            statement.setString(2, "msg-" + UUID.randomUUID());
            statement.executeUpdate();
            assertThatThrownBy(statement::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("pk_processed_messages");
        }
    }

    @Test
    void calendarBookingsOfOneTenantNeverOverlapButMayTouch() throws SQLException {
        UUID tenant = UUID.randomUUID();
        String insert = "INSERT INTO nigredo_leads.calendario_eventos (tenant_id, agendamento_id, periodo, titulo)"
                + " VALUES (?, gen_random_uuid(), tstzrange(?::timestamptz, ?::timestamptz, '[)'), 'Reunião')";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            book(statement, tenant, "2025-03-04T10:00:00Z", "2025-03-04T11:00:00Z");
            book(statement, tenant, "2025-03-04T11:00:00Z", "2025-03-04T12:00:00Z");
            book(statement, UUID.randomUUID(), "2025-03-04T10:00:00Z", "2025-03-04T11:00:00Z");
            assertThatThrownBy(() -> book(statement, tenant, "2025-03-04T10:30:00Z", "2025-03-04T11:30:00Z"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ex_calendario_eventos_sem_sobreposicao");
        }
    }

    private static void book(PreparedStatement statement, UUID tenant, String inicio, String fim) throws SQLException {
        statement.setObject(1, tenant);
        statement.setString(2, inicio);
        statement.setString(3, fim);
        statement.executeUpdate();
    }

    @Test
    void leadStatusOutsideTheEnumerationIsRejected() throws SQLException {
        String insert = "INSERT INTO nigredo_leads.leads (tenant_id, empresa, status) VALUES (?, 'ACME', 'perdido')";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setObject(1, UUID.randomUUID());
            assertThatThrownBy(statement::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ck_leads_status");
        }
    }

    @Test
    void idsAndDefaultsAreFilledByTheDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("INSERT INTO fibonacci_core.events (source, type, trace_id) "
                        + "VALUES ('nigredo.recebimento', 'lead.criado', gen_random_uuid()) "
                        + "RETURNING id, status, detail::text, logs::text")) {
            row.next();
            assertThat(row.getObject(1)).isInstanceOf(UUID.class);
            assertThat(row.getString(2)).isEqualTo("recebido");
            assertThat(row.getString(3)).isEqualTo("{}");
            assertThat(row.getString(4)).isEqualTo("[]");
        }
    }

    private static List<String> tablesIn(String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT table_name FROM information_schema.tables "
                                + "WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            statement.setString(1, schema);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    private static String columnType(String schema, String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT data_type FROM information_schema.columns "
                                + "WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            statement.setString(3, column);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next())
                        .as("%s.%s.%s exists", schema, table, column)
                        .isTrue();
                return rows.getString(1);
            }
        }
    }
}
