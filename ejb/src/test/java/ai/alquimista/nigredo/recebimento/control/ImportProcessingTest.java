package ai.alquimista.nigredo.recebimento.control;

import static ai.alquimista.testing.ImportBuilder.anImport;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import ai.alquimista.nigredo.enriquecimento.boundary.Enriquecimento;
import ai.alquimista.nigredo.recebimento.Email;
import ai.alquimista.testing.ChaveDeTeste;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.SimulatedClock;
import ai.alquimista.testing.Transaction;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Recebimento agent receiving an import a chunk at a time, in the message's transaction: valid rows become
 * leads, malformed ones are reported field by field, duplicates are found by the database, and sessions sharing an
 * import never receive the same row.
 */
class ImportProcessingTest {

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T10:00");
    private final ExecutorService outraInstancia = Executors.newSingleThreadExecutor();
    private boolean consultaRemota;
    private UUID tenant;

    @BeforeEach
    void umTenant() throws SQLException {
        tenant = aTenant().insert(database);
    }

    @AfterEach
    void stopTheOtherInstance() throws InterruptedException {
        outraInstancia.shutdownNow();
        assertThat(outraInstancia.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aChunkReceivesValidRowsAsNewLeadsAndKeepsNoRawRow() throws SQLException {
        UUID importacao = anImport(tenant)
                .row(linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", "Maria@PaoQuente.com.br")
                        .add("setor", "Alimentação")
                        .add("porte", "ME")
                        .add("cnpj", "11.222.333/0001-81")
                        .add("opt_in_whatsapp", "sim")
                        .build())
                .row(linha("Mercado Bom Preço", "João Lima", null, "joao@bompreco.com.br")
                        .add("setor", "Varejo")
                        .build())
                .insert(database);

        ImportProcessing.Progress progress = processar(importacao);

        assertThat(progress.rowsRemain()).isFalse();
        assertThat(progress.completedNow()).isTrue();
        assertThat(progress.summary().segmentos())
                .containsOnly(Map.entry("alimentacao|me|*", 1), Map.entry("varejo|*|*", 1));
        assertThat(database.row("SELECT tenant_id, status, telefone, email, cnpj, tipo_pessoa, porte, whatsapp_opt_in,"
                        + " metadata->>'source' AS source, metadata->>'segmento' AS segmento"
                        + " FROM nigredo_leads.leads WHERE empresa = 'Padaria Pão Quente'"))
                .containsEntry("tenant_id", tenant)
                .containsEntry("status", "novo")
                .containsEntry("telefone", "+5511912340001")
                .containsEntry("email", "maria@paoquente.com.br")
                .containsEntry("cnpj", "11222333000181")
                .containsEntry("tipo_pessoa", "PJ")
                .containsEntry("porte", "ME")
                .containsEntry("whatsapp_opt_in", "sim (import " + importacao + ", linha 1)")
                .containsEntry("source", "import")
                .containsEntry("segmento", "alimentacao|me|*");
        assertThat(importacao(importacao))
                .containsEntry("status", "concluido")
                .containsEntry("processed_rows", 2)
                .containsEntry("accepted", 2)
                .containsEntry("duplicates", 0)
                .containsEntry("rejected", 0);
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.import_rows WHERE import_id = ?", importacao))
                .as("a received row's raw personal data does not outlive its reception")
                .isZero();
    }

    @Test
    void malformedRowsAreRejectedWithEachOfTheirNonConformities() throws SQLException {
        UUID importacao = anImport(tenant)
                .row(linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", null)
                        .build())
                .row(linha(null, "João Lima", "0800 123 4567", "joao@").build())
                .row(linha("Mercado Sem Contato", "Ana", null, null).build())
                .insert(database);

        processar(importacao);

        assertThat(database.rows(
                        "SELECT row_number, field, problem FROM nigredo_leads.import_issues WHERE import_id = ?"
                                + " ORDER BY row_number, field",
                        importacao))
                .extracting(issue -> List.of(issue.get("row_number"), issue.get("field"), issue.get("problem")))
                .containsExactly(
                        List.of(2, "email", "E-mail com domínio inválido"),
                        List.of(2, "empresa", "Campo obrigatório não preenchido"),
                        List.of(2, "telefone", "Telefone sem DDD (0800, 0300, 4004…) não serve para contato direto"),
                        List.of(3, "telefone/email", "Informe telefone ou e-mail"));
        assertThat(importacao(importacao))
                .containsEntry("processed_rows", 3)
                .containsEntry("accepted", 1)
                .containsEntry("rejected", 2);
        assertThat(database.list("SELECT empresa FROM nigredo_leads.leads WHERE tenant_id = ?", String.class, tenant))
                .containsExactly("Padaria Pão Quente");
    }

    @Test
    void theSamePersonTwiceIsOneLeadAndTheRepeatIsReported() throws SQLException {
        UUID anterior = anImport(tenant)
                .row(linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", "maria@paoquente.com.br")
                        .build())
                .insert(database);
        processar(anterior);
        UUID importacao = anImport(tenant)
                .row(linha("Mercado Bom Preço", "João Lima", "11 91234-0002", "joao@bompreco.com.br")
                        .build())
                .row(linha("Mercado Bom Preço Ltda", "João", "+55 11 91234-0002", "JOAO@bompreco.com.br")
                        .build())
                .row(linha("Padaria Pão Quente", "Maria", "+5511912340001", "Maria@PaoQuente.com.br")
                        .build())
                .insert(database);

        ImportProcessing.Progress progress = processar(importacao);

        assertThat(importacao(importacao))
                .containsEntry("accepted", 1)
                .containsEntry("duplicates", 2)
                .containsEntry("rejected", 0);
        assertThat(database.rows(
                        "SELECT row_number, field, problem FROM nigredo_leads.import_issues WHERE import_id = ?"
                                + " ORDER BY row_number",
                        importacao))
                .extracting(issue -> List.of(issue.get("row_number"), issue.get("field"), issue.get("problem")))
                .containsExactly(
                        List.of(2, "email/telefone", "lead duplicado: mesmo e-mail e telefone de um lead já recebido"),
                        List.of(3, "email/telefone", "lead duplicado: mesmo e-mail e telefone de um lead já recebido"));
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.leads WHERE tenant_id = ?", tenant))
                .isEqualTo(2);
        assertThat(progress.summary().segmentos())
                .as("the import's own accepted leads")
                .containsExactly(Map.entry("*|*|*", 1));
    }

    @Test
    void anotherTenantsLeadIsNoDuplicate() throws SQLException {
        UUID outro = aTenant().insert(database);
        JsonObject maria = linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", "maria@paoquente.com.br")
                .build();
        processar(anImport(outro).row(maria).insert(database), outro);

        UUID importacao = anImport(tenant).row(maria).insert(database);
        processar(importacao);

        assertThat(importacao(importacao)).containsEntry("accepted", 1).containsEntry("duplicates", 0);
    }

    @Test
    void aLargeImportIsReceivedChunkByChunkAndOnlyTheLastChunkCompletesIt() throws SQLException {
        List<JsonObject> linhas = new ArrayList<>();
        for (int i = 1; i <= ImportProcessing.CHUNK + 1; i++) {
            linhas.add(linha("Empresa " + i, "Contato " + i, null, "contato" + i + "@empresa" + i + ".com.br")
                    .add("setor", i % 3 == 0 ? "Varejo" : "Alimentação")
                    .build());
        }
        UUID importacao = anImport(tenant).rows(linhas).insert(database);

        ImportProcessing.Progress primeiro = processar(importacao);

        assertThat(primeiro.rowsRemain()).isTrue();
        assertThat(primeiro.completedNow()).isFalse();
        assertThat(primeiro.summary()).isNull();
        assertThat(importacao(importacao))
                .containsEntry("status", "processando")
                .containsEntry("processed_rows", ImportProcessing.CHUNK);

        ImportProcessing.Progress segundo = processar(importacao);

        assertThat(segundo.rowsRemain()).isFalse();
        assertThat(segundo.completedNow()).isTrue();
        assertThat(segundo.summary().segmentos())
                .as("per segment, the largest first")
                .containsExactly(Map.entry("alimentacao|*|*", 334), Map.entry("varejo|*|*", 167));
        assertThat(importacao(importacao))
                .containsEntry("status", "concluido")
                .containsEntry("processed_rows", ImportProcessing.CHUNK + 1)
                .containsEntry("accepted", ImportProcessing.CHUNK + 1);

        ImportProcessing.Progress repetido = processar(importacao);

        assertThat(repetido)
                .as("a chunk message delivered again after the end does nothing")
                .isEqualTo(new ImportProcessing.Progress(false, false, null));
        assertThat(importacao(importacao)).containsEntry("processed_rows", ImportProcessing.CHUNK + 1);
    }

    @Test
    void whileOneSessionHoldsTheRowsASecondReceivesNoneAndLeavesTheImportToIt() throws SQLException {
        UUID importacao = anImport(tenant)
                .row(linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", null)
                        .build())
                .row(linha("Mercado Bom Preço", "João Lima", "(11) 91234-0002", null)
                        .build())
                .insert(database);

        try (Transaction primeira = database.begin();
                Transaction segunda = database.begin()) {
            ImportProcessing.Progress daPrimeira = sessao(primeira.dataSource()).processChunk(importacao, tenant);
            ImportProcessing.Progress daSegunda = sessao(segunda.dataSource()).processChunk(importacao, tenant);
            segunda.commit();
            primeira.commit();

            assertThat(daPrimeira.completedNow()).isTrue();
            assertThat(daSegunda)
                    .as("neither another chunk nor the completion: the first session carries on")
                    .isEqualTo(new ImportProcessing.Progress(false, false, null));
        }
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.leads WHERE tenant_id = ?", tenant))
                .isEqualTo(2);
        assertThat(importacao(importacao)).containsEntry("processed_rows", 2).containsEntry("accepted", 2);
    }

    @Test
    void twoInstancesShareALargeImportAndOnlyTheOneThatEndsItReportsCompletion() throws Exception {
        List<JsonObject> linhas = new ArrayList<>();
        for (int i = 1; i <= ImportProcessing.CHUNK + 10; i++) {
            linhas.add(linha("Empresa " + i, "Contato " + i, null, "contato" + i + "@empresa" + i + ".com.br")
                    .build());
        }
        UUID importacao = anImport(tenant).rows(linhas).insert(database);

        try (Transaction primeira = database.begin()) {
            ImportProcessing.Progress daPrimeira = sessao(primeira.dataSource()).processChunk(importacao, tenant);
            Future<ImportProcessing.Progress> daSegunda = outraInstancia.submit(() -> {
                try (Transaction segunda = database.begin()) {
                    ImportProcessing.Progress progress =
                            sessao(segunda.dataSource()).processChunk(importacao, tenant);
                    segunda.commit();
                    return progress;
                }
            });
            // the second instance has claimed the rows the first left and waits for the import's row to count them
            esperarQueAlguemAguardeUmBloqueio();
            primeira.commit();

            assertThat(daPrimeira.rowsRemain()).isTrue();
            assertThat(daPrimeira.completedNow()).isFalse();
            ImportProcessing.Progress segunda = daSegunda.get(30, TimeUnit.SECONDS);
            assertThat(segunda.rowsRemain()).isFalse();
            assertThat(segunda.completedNow()).isTrue();
            assertThat(segunda.summary().segmentos()).containsExactly(Map.entry("*|*|*", ImportProcessing.CHUNK + 10));
        }
        assertThat(importacao(importacao))
                .containsEntry("status", "concluido")
                .containsEntry("processed_rows", ImportProcessing.CHUNK + 10)
                .containsEntry("accepted", ImportProcessing.CHUNK + 10)
                .containsEntry("duplicates", 0);
        assertThat(processar(importacao))
                .as("the chunk the first instance asked for finds nothing left")
                .isEqualTo(new ImportProcessing.Progress(false, false, null));
    }

    @Test
    void fourChainsWorkALargeImportSideBySideAndEveryRowIsReceivedOnceAndCompletedOnce() throws Exception {
        int rows = ImportProcessing.CHUNK * 4 + 7;
        List<JsonObject> linhas = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            // every 50th row repeats the one before it: a duplicate, within its chunk or across two chains
            int pessoa = i % 50 == 0 ? i - 1 : i;
            linhas.add(linha("Empresa " + pessoa, "Contato " + pessoa, null, "contato" + pessoa + "@empresa.com.br")
                    .build());
        }
        UUID importacao = anImport(tenant).rows(linhas).insert(database);
        ExecutorService cadeias = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ImportProcessing.Progress>>> trabalho = new ArrayList<>();
            for (int cadeia = 0; cadeia < 4; cadeia++) {
                trabalho.add(cadeias.submit(() -> umaCadeia(importacao)));
            }
            List<ImportProcessing.Progress> mensagens = new ArrayList<>();
            for (Future<List<ImportProcessing.Progress>> cadeia : trabalho) {
                mensagens.addAll(cadeia.get(60, TimeUnit.SECONDS));
            }

            assertThat(mensagens.stream().filter(ImportProcessing.Progress::completedNow))
                    .as("exactly one chunk tells Estratégia")
                    .hasSize(1);
        } finally {
            cadeias.shutdownNow();
        }
        int duplicados = rows / 50;
        assertThat(importacao(importacao))
                .containsEntry("status", "concluido")
                .containsEntry("processed_rows", rows)
                .containsEntry("accepted", rows - duplicados)
                .containsEntry("duplicates", duplicados);
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.leads WHERE import_id = ?", importacao))
                .isEqualTo(rows - duplicados);
        assertThat(database.count(
                        "SELECT count(*) FROM nigredo_leads.consentimentos c JOIN nigredo_leads.leads l"
                                + " ON l.id = c.lead_id WHERE l.import_id = ? AND c.base_legal = 'legitimo_interesse'",
                        importacao))
                .as("every new lead has its consent record")
                .isEqualTo(rows - duplicados);
        assertThat(database.count(
                        "SELECT count(DISTINCT row_number) FROM nigredo_leads.import_issues WHERE import_id = ?",
                        importacao))
                .isEqualTo(duplicados);
    }

    /** A chain of chunk messages: each in a transaction of its own, the next while the last one says rows remain. */
    private List<ImportProcessing.Progress> umaCadeia(UUID importacao) throws SQLException {
        List<ImportProcessing.Progress> mensagens = new ArrayList<>();
        ImportProcessing.Progress progress;
        do {
            try (Transaction mensagem = database.begin()) {
                progress = sessao(mensagem.dataSource()).processChunk(importacao, tenant);
                mensagem.commit();
            }
            mensagens.add(progress);
        } while (progress.rowsRemain());
        return mensagens;
    }

    @Test
    void anErasedPersonIsSuppressedAndTheRestOfTheChunkIsReceived() throws SQLException {
        database.execute(
                "INSERT INTO nigredo_leads.supressoes (tenant_id, hash, tipo, titular, created_at)"
                        + " VALUES (?, ?, 'email', ?, now())",
                tenant,
                ChaveDeTeste.chaveDosTitulares()
                        .pseudonimos()
                        .email(
                                tenant,
                                Email.parse("maria@paoquente.com.br").value().orElseThrow()),
                UUID.randomUUID());
        UUID importacao = anImport(tenant)
                .row(linha("Mercado Bom Preço", "João Lima", "(11) 91234-0002", null)
                        .build())
                .row(linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", "Maria@PaoQuente.com.br")
                        .build())
                .insert(database);

        processar(importacao);

        assertThat(database.list("SELECT empresa FROM nigredo_leads.leads WHERE tenant_id = ?", String.class, tenant))
                .containsExactly("Mercado Bom Preço");
        assertThat(database.rows(
                        "SELECT row_number, field FROM nigredo_leads.import_issues WHERE import_id = ?", importacao))
                .extracting(issue -> List.of(issue.get("row_number"), issue.get("field")))
                .containsExactly(List.of(2, "email/telefone"));
        assertThat(database.row("SELECT accepted, suppressed FROM nigredo_leads.imports WHERE id = ?", importacao))
                .containsEntry("accepted", 1)
                .containsEntry("suppressed", 1);
    }

    @Test
    void anImportWhoseEveryRowWasRefusedAtIntakeCompletesOnItsFirstChunk() throws SQLException {
        UUID importacao = anImport(tenant).insert(database);
        database.execute(
                "UPDATE nigredo_leads.imports SET total_rows = 2, processed_rows = 2, rejected = 2 WHERE id = ?",
                importacao);

        ImportProcessing.Progress progress = processar(importacao);

        assertThat(progress.rowsRemain()).isFalse();
        assertThat(progress.completedNow()).isTrue();
        assertThat(progress.summary().segmentos()).isEmpty();
        assertThat(importacao(importacao))
                .containsEntry("status", "concluido")
                .containsEntry("processed_rows", 2)
                .containsEntry("rejected", 2);
    }

    @Test
    void aChunkNamingAnotherTenantClaimsNothing() throws SQLException {
        UUID importacao = anImport(tenant)
                .row(linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", null)
                        .build())
                .insert(database);
        UUID intruso = aTenant().insert(database);

        ImportProcessing.Progress progress = processar(importacao, intruso);

        assertThat(progress).isEqualTo(new ImportProcessing.Progress(false, false, null));
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.import_rows WHERE import_id = ?", importacao))
                .isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.leads")).isZero();
        assertThat(importacao(importacao)).containsEntry("status", "recebido");
    }

    @Test
    void aCompanyToLookUpWithARemoteProviderIsLeftForThePendingPass() throws SQLException {
        consultaRemota = true;
        UUID importacao = anImport(tenant)
                .row(linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", null)
                        .add("cnpj", "11.222.333/0001-81")
                        .build())
                .row(linha("Mercado Bom Preço", "João Lima", "(11) 91234-0002", null)
                        .build())
                .insert(database);

        processar(importacao);

        assertThat(database.rows("SELECT empresa, metadata->'enriquecimento'->>'status' AS status,"
                        + " metadata->'enriquecimento'->>'tentar_apos' AS tentar_apos"
                        + " FROM nigredo_leads.leads ORDER BY empresa"))
                .extracting(lead -> Arrays.asList(lead.get("empresa"), lead.get("status"), lead.get("tentar_apos")))
                .containsExactly(
                        Arrays.asList("Mercado Bom Preço", null, null),
                        Arrays.asList(
                                "Padaria Pão Quente",
                                "pendente",
                                clock.instant().toString()));
    }

    @Test
    void aCompanyTheOfflineLookupDoesNotKnowIsMarkedSoAndStaysNovo() throws SQLException {
        UUID importacao = anImport(tenant)
                .row(linha("Padaria Pão Quente", "Maria Souza", "(11) 91234-0001", null)
                        .add("cnpj", "11.222.333/0001-81")
                        .build())
                .insert(database);

        processar(importacao);

        assertThat(database.row("SELECT status, metadata->'enriquecimento'->>'status' AS enriquecimento"
                        + " FROM nigredo_leads.leads"))
                .containsEntry("status", "novo")
                .containsEntry("enriquecimento", "nao_encontrada");
    }

    /** One chunk, in the transaction of the message that asked for it. */
    private ImportProcessing.Progress processar(UUID importacao) throws SQLException {
        return processar(importacao, tenant);
    }

    private ImportProcessing.Progress processar(UUID importacao, UUID doTenant) throws SQLException {
        return database.inTransaction(db -> sessao(database.dataSource()).processChunk(importacao, doTenant));
    }

    /** The agent's bean, as the container injects it, on the given datasource. */
    private ImportProcessing sessao(DataSource dataSource) {
        ImportProcessing processing = new ImportProcessing();
        processing.dataSource = dataSource;
        processing.clock = clock;
        processing.titulares = ChaveDeTeste.chaveDosTitulares();
        processing.enriquecimento = new Enriquecimento() {
            @Override
            public boolean inline() {
                return !consultaRemota;
            }

            @Override
            public ResultadoDaConsulta consultar(String cnpj) {
                return new ResultadoDaConsulta.NaoEncontrada();
            }
        };
        return processing;
    }

    private void esperarQueAlguemAguardeUmBloqueio() throws SQLException {
        for (int tentativas = 0; tentativas < 200; tentativas++) {
            if (database.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock'")
                    > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the second instance", e);
            }
        }
        throw new IllegalStateException("the second instance never waited for the first one's lock");
    }

    private static JsonObjectBuilder linha(String empresa, String contato, String telefone, String email) {
        JsonObjectBuilder linha = Json.createObjectBuilder();
        if (empresa != null) {
            linha.add("empresa", empresa);
        }
        if (contato != null) {
            linha.add("contato", contato);
        }
        if (telefone != null) {
            linha.add("telefone", telefone);
        }
        if (email != null) {
            linha.add("email", email);
        }
        return linha;
    }

    private Map<String, Object> importacao(UUID importacao) throws SQLException {
        return database.row(
                "SELECT status, processed_rows, accepted, duplicates, rejected FROM nigredo_leads.imports WHERE id = ?",
                importacao);
    }
}
