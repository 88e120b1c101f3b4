package ai.alquimista.nigredo.estrategia;

import static ai.alquimista.testing.ImportBuilder.anImport;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import ai.alquimista.nigredo.enriquecimento.boundary.Enriquecimento;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoDeCampanhas;
import ai.alquimista.nigredo.recebimento.control.ImportProcessing;
import ai.alquimista.testing.ChaveDeTeste;
import ai.alquimista.testing.JpaDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 001's load test, on the component path: 500 leads posted one at a time (each {@code POST /api/leads} is an
 * import of one row), received by Recebimento and planned by Estratégia as the queues would hand them over. Before
 * campaigns gathered per segment, each post made a draft of its own (3,602 posts, 3,602 drafts).
 */
class LeadsAvulsosEmCargaTest {

    private static final System.Logger LOG = System.getLogger(LeadsAvulsosEmCargaTest.class.getName());

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant AGORA = Instant.parse("2026-11-30T13:00:00Z");

    private final PlanejamentoDeCampanhas estrategia = Componentes.planejamento(db);
    private final ImportProcessing recebimento = Beans.wire(
            new ImportProcessing(),
            db.dataSource(),
            new SemConsultaRemota(),
            Clock.fixed(AGORA, ZoneOffset.UTC),
            ChaveDeTeste.chaveDosTitulares());

    @Test
    void fiveHundredLeadsPostedOneByOneInTwoSegmentsMakeTwoDrafts() {
        UUID tenant = Cenario.daEmpresa(db, "Carga Vendas Ltda").tenant();
        long inicio = System.nanoTime();

        for (int i = 0; i < 500; i++) {
            JsonObject linha = Json.createObjectBuilder()
                    .add("empresa", "Empresa " + i)
                    .add("contato", "Contato " + i)
                    .add("email", "contato" + i + "@empresa" + i + ".com.br")
                    .add("setor", i % 2 == 0 ? "Alimentação" : "Tecnologia")
                    .add("porte", "ME")
                    .build();
            UUID importacao = db.inTransaction(() -> inserir(tenant, linha));
            ImportProcessing.Progress recebida = db.inTransaction(() -> recebimento.processChunk(importacao, tenant));
            assertThat(recebida.completedNow()).isTrue();
            db.inTransaction(() -> estrategia.planejar(importacao, tenant, AGORA));
        }

        long milissegundos = (System.nanoTime() - inicio) / 1_000_000;
        long campanhas = db.count("SELECT count(*) FROM nigredo_leads.campanhas WHERE tenant_id = ?", tenant);
        LOG.log(
                System.Logger.Level.INFO,
                "500 single-lead imports of 2 segments: {0} campaigns in {1} ms",
                campanhas,
                milissegundos);
        assertThat(campanhas).isEqualTo(2);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.campanhas c WHERE c.tenant_id = ? AND c.status = 'rascunho'"
                                + " AND (SELECT count(*) FROM nigredo_leads.campanha_leads cl"
                                + " WHERE cl.campanha_id = c.id) = 250"
                                + " AND (SELECT count(*) FROM nigredo_leads.campanha_importacoes ci"
                                + " WHERE ci.campanha_id = c.id) = 250",
                        tenant))
                .as("two drafts of 250 leads, each from 250 imports")
                .isEqualTo(2);
    }

    private static UUID inserir(UUID tenant, JsonObject linha) {
        try (Connection connection = db.dataSource().getConnection()) {
            return anImport(tenant).row(linha).insert(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The offline lookup; these leads carry no CNPJ, so it is never asked. */
    private static final class SemConsultaRemota extends Enriquecimento {

        @Override
        public boolean inline() {
            return true;
        }

        @Override
        public ResultadoDaConsulta consultar(String cnpj) {
            return new ResultadoDaConsulta.NaoEncontrada();
        }
    }
}
