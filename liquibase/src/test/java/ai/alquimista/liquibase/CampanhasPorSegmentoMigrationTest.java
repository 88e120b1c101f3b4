package ai.alquimista.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A database where Estratégia planned a draft per import (3,602 single-lead posts made 3,602 drafts, several per
 * segment) migrates to campaigns per segment: nothing is lost, each draft keeps its import and leads, and from then
 * on a tenant has one open draft per segment.
 */
class CampanhasPorSegmentoMigrationTest {

    private static final String MASTER = "db/changelog/db.changelog-master.xml";
    private static final String CHANGESET = "nigredo-011-campanhas-por-segmento";
    private static final String SEGMENTO = "alimentacao|me|*";

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID IMPORT_1 = UUID.randomUUID();
    private static final UUID IMPORT_2 = UUID.randomUUID();
    private static final UUID DRAFT_1 = UUID.randomUUID();
    private static final UUID DRAFT_2 = UUID.randomUUID();

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void twoDraftsOfOneSegmentPlannedPerImportThenTheMigration() throws Exception {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        try (Connection connection = dataSource.getConnection()) {
            Liquibase liquibase = liquibase(connection);
            List<ChangeSet> pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
            List<String> ids = pending.stream().map(ChangeSet::getId).toList();
            assertThat(ids).contains(CHANGESET);
            liquibase.update(ids.indexOf(CHANGESET), new Contexts(), new LabelExpression());
        }
        draftPlannedFromAnImport(DRAFT_1, IMPORT_1, "maria@paoquente.com.br", 1);
        draftPlannedFromAnImport(DRAFT_2, IMPORT_2, "ana@docefeito.com.br", 0);
        try (Connection connection = dataSource.getConnection()) {
            liquibase(connection).update(new Contexts(), new LabelExpression());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theDraftsPlannedPerImportKeepTheirImportTheirLeadsAndWhatTheirPlanLeftOut() throws SQLException {
        assertThat(rows("SELECT campanha_id, import_id, leads, sem_canal FROM nigredo_leads.campanha_importacoes"
                        + " WHERE tenant_id = ? ORDER BY sem_canal DESC"))
                .containsExactly(List.of(DRAFT_1, IMPORT_1, 1, 1), List.of(DRAFT_2, IMPORT_2, 1, 0));
        assertThat(rows(
                        "SELECT campanha_id, import_id FROM nigredo_leads.campanha_leads WHERE tenant_id = ?"
                                + " ORDER BY campanha_id = ? DESC",
                        DRAFT_1))
                .as("each lead's import, as the lead says")
                .containsExactly(List.of(DRAFT_1, IMPORT_1), List.of(DRAFT_2, IMPORT_2));
        assertThat(rows("SELECT count(*) FROM nigredo_leads.campanhas WHERE tenant_id = ? AND import_id IS NOT NULL"
                        + " AND status = 'rascunho' AND NOT inscricao_automatica"))
                .containsExactly(List.of(2L));
    }

    @Test
    void fromNowOnATenantHasOneOpenDraftPerSegment() throws SQLException {
        String open = "INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, segmento, status)"
                + " VALUES (gen_random_uuid(), ?, 'Alimentação · ME — criada em 30/11/2026', ?, 'rascunho')";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(open)) {
            insert.setObject(1, TENANT);
            insert.setString(2, SEGMENTO);
            assertThat(insert.executeUpdate())
                    .as("beside the drafts planned per import")
                    .isEqualTo(1);
            assertThatThrownBy(insert::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("uq_campanhas_rascunho_do_segmento");
        }
    }

    /** As Estratégia planned before: a draft with its import, one lead, and a plan that left {@code semCanal} out. */
    private static void draftPlannedFromAnImport(UUID draft, UUID importId, String email, int semCanal)
            throws SQLException {
        UUID lead = UUID.randomUUID();
        execute(
                "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa, email, import_id) VALUES (?, ?, ?, ?, ?)",
                lead,
                TENANT,
                "Padaria " + email,
                email,
                importId);
        execute(
                "INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, segmento, canal, status, import_id, plano)"
                        + " VALUES (?, ?, 'Alimentação · ME — importação de 30/11/2026', ?, 'email', 'rascunho', ?,"
                        + " CAST(? AS jsonb))",
                draft,
                TENANT,
                SEGMENTO,
                importId,
                "{\"leads\": 1, \"leads_sem_canal\": " + semCanal + "}");
        execute(
                "INSERT INTO nigredo_leads.campanha_leads (campanha_id, lead_id, tenant_id, variante, canal)"
                        + " VALUES (?, ?, ?, 'A', 'email')",
                draft,
                lead,
                TENANT);
    }

    private static Liquibase liquibase(Connection connection) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        return new Liquibase(MASTER, new ClassLoaderResourceAccessor(), database);
    }

    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The tenant's rows: {@code ?} one is the tenant, the others the given parameters. */
    private static List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, TENANT);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 2, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
