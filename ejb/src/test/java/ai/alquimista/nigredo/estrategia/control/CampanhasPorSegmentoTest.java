package ai.alquimista.nigredo.estrategia.control;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.disparo.control.ProgramacaoDeEnvios;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.Cenario.Avulso;
import ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport;
import ai.alquimista.nigredo.estrategia.Componentes;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.shared.json.JsonText;
import ai.alquimista.testing.JpaDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Leads that arrive one at a time ({@code POST /api/leads}: an import each) gather in their segment's one open
 * draft instead of making a campaign each; once that draft is approved the next lead opens a new one, or joins the
 * approved campaign when a person set it to enrol the segment's later leads on its own.
 */
class CampanhasPorSegmentoTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    /** Monday 10:00 in São Paulo. */
    private static final Instant AGORA = Instant.parse("2026-11-30T13:00:00Z");

    private final PlanejamentoDeCampanhas planejamento = Componentes.planejamento(db);
    private final ExecutorService outraInstancia = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopTheOtherInstance() throws InterruptedException {
        outraInstancia.shutdownNow();
        assertThat(outraInstancia.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void fiftyLeadsPostedOneByOneGatherInOneDraftWhosePlanCountsThemAll() {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
        List<UUID> campanhas = new ArrayList<>();
        List<UUID> leads = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            LeadDoImport lead = empresa("Padaria " + i).segmento("Alimentação", "ME", "alimentacao|me|*");
            if (i % 5 == 0) {
                lead.telefone("+55119876500" + String.format("%02d", i)).optIn("formulário do site");
            } else if (i % 10 == 1) {
                lead.contato("Sem contato");
            } else {
                lead.email("contato" + i + "@padaria.com.br");
            }
            Avulso avulso = cenario.leadAvulso(lead);
            leads.add(avulso.lead());
            campanhas.addAll(cenario.planejado(avulso.importacao(), AGORA.plus(i, ChronoUnit.MINUTES)));
        }

        assertThat(campanhas).as("every lead's campaign").hasSize(50).containsOnly(campanhas.get(0));
        UUID rascunho = campanhas.get(0);
        assertThat(cenario.campanhas()).as("one draft, not fifty").isEqualTo(1);
        assertThat(cenario.statusDa(rascunho)).isEqualTo("rascunho");
        assertThat(cenario.nomeDa(rascunho))
                .as("a draft of many imports is named after its segment and the day it opened")
                .isEqualTo("Alimentação · ME — criada em 30/11/2026");
        assertThat(cenario.leadsDa(rascunho))
                .as("the five with no phone nor address are left out")
                .isEqualTo(45);
        assertThat(db.count(
                        "SELECT count(DISTINCT import_id) FROM nigredo_leads.campanha_leads WHERE campanha_id = ?",
                        rascunho))
                .as("each lead keeps the import that brought it")
                .isEqualTo(45);
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.campanha_importacoes WHERE campanha_id = ?", rascunho))
                .as("every import that fed it, the five whose lead had no channel too")
                .isEqualTo(50);
        JsonObject plano = plano(rascunho);
        assertThat(plano.getInt("leads")).isEqualTo(45);
        assertThat(plano.getInt("leads_sem_canal")).isEqualTo(5);
        assertThat(plano.getJsonObject("canais").getInt("whatsapp")).isEqualTo(10);
        assertThat(plano.getJsonObject("canais").getInt("email")).isEqualTo(35);
        assertThat(db.text("SELECT canal FROM nigredo_leads.campanhas WHERE id = ?", rascunho))
                .as("the channel the draft's leads together need")
                .isEqualTo("multi");
        for (UUID lead : List.of(leads.get(0), leads.get(2), leads.get(3))) {
            assertThat(db.text("SELECT variante FROM nigredo_leads.campanha_leads WHERE lead_id = ?", lead))
                    .isEqualTo(Variante.de(lead).name());
        }
    }

    @Test
    void twoSegmentsGatherInTwoDrafts() {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
        for (int i = 0; i < 6; i++) {
            LeadDoImport lead = i % 2 == 0
                    ? empresa("Padaria " + i).segmento("Alimentação", "ME", "alimentacao|me|*")
                    : empresa("Software " + i).segmento("Tecnologia", "médio porte", "tecnologia|medio|*");
            cenario.planejado(
                    cenario.leadAvulso(lead.email("contato" + i + "@empresa" + i + ".com.br"))
                            .importacao(),
                    AGORA);
        }

        assertThat(cenario.campanhas()).isEqualTo(2);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.campanhas c WHERE c.tenant_id = ? AND c.nome = ?"
                                + " AND (SELECT count(*) FROM nigredo_leads.campanha_leads cl"
                                + " WHERE cl.campanha_id = c.id) = 3",
                        cenario.tenant(),
                        "Tecnologia · médio porte — criada em 30/11/2026"))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.campanhas c WHERE c.tenant_id = ? AND c.segmento = ?"
                                + " AND (SELECT count(*) FROM nigredo_leads.campanha_leads cl"
                                + " WHERE cl.campanha_id = c.id) = 3",
                        cenario.tenant(),
                        "alimentacao|me|*"))
                .isEqualTo(1);
    }

    @Test
    void aLeadArrivingAfterTheDraftWasApprovedOpensTheSegmentsNextDraft() {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
        Avulso primeiro = cenario.leadAvulso(padaria("maria@paoquente.com.br"));
        UUID aprovada = cenario.planejado(primeiro.importacao(), AGORA).get(0);
        cenario.ativa(aprovada, false, AGORA.plusSeconds(60));

        Avulso segundo = cenario.leadAvulso(padaria("ana@docefeito.com.br"));
        List<UUID> campanhas = cenario.planejado(segundo.importacao(), AGORA.plus(5, ChronoUnit.DAYS));

        assertThat(campanhas).singleElement().isNotEqualTo(aprovada);
        UUID novo = campanhas.get(0);
        assertThat(cenario.statusDa(novo)).isEqualTo("rascunho");
        assertThat(cenario.nomeDa(novo))
                .as("the segment's second campaign")
                .isEqualTo("Alimentação · ME #2 — criada em 05/12/2026");
        assertThat(cenario.leadsDa(aprovada))
                .as("the approved campaign keeps what a person approved")
                .isEqualTo(1);
        assertThat(cenario.leadsDa(novo)).isEqualTo(1);
        assertThat(enrolments(cenario))
                .as("Disparo is told nothing: a person approves the draft")
                .isZero();

        assertThat(cenario.planejado(primeiro.importacao(), AGORA.plus(6, ChronoUnit.DAYS)))
                .as("the first import delivered again: its lead stays where it is, and no draft opens")
                .containsExactly(aprovada);
        assertThat(cenario.campanhas()).isEqualTo(2);
    }

    @Test
    void anActiveCampaignThatEnrolsItsSegmentTakesTheNextLeadAndDisparoSchedulesIt() throws SQLException {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
        Avulso primeiro = cenario.leadAvulso(padaria("maria@paoquente.com.br"));
        UUID ativa = cenario.planejado(primeiro.importacao(), AGORA).get(0);
        cenario.ativa(ativa, true, AGORA.plusSeconds(60));
        assertThat(db.inTransaction(() -> programar(ativa, cenario.tenant(), AGORA.plusSeconds(60))))
                .as("Disparo scheduled the approved campaign's first lead")
                .isEqualTo(3);
        cenario.bloqueado("rui@bloqueada.com.br");
        cenario.bloqueado("@dominiobloqueado.com.br");

        UUID importacao = UUID.randomUUID();
        UUID ana = cenario.lead(padaria("ana@docefeito.com.br"), importacao);
        UUID bloqueado = cenario.lead(padaria("rui@bloqueada.com.br"), importacao);
        UUID doDominio = cenario.lead(padaria("eva@dominiobloqueado.com.br"), importacao);
        UUID saiu = cenario.lead(padaria("saiu@antes.com.br").descadastrado(), importacao);
        List<UUID> campanhas = cenario.planejado(importacao, AGORA.plus(1, ChronoUnit.DAYS));

        assertThat(campanhas).containsExactly(ativa);
        assertThat(cenario.rascunhos())
                .as("no draft: the active campaign took the lead")
                .isZero();
        assertThat(cenario.statusDa(ativa)).isEqualTo("ativa");
        assertThat(cenario.leadsDa(ativa)).isEqualTo(2);
        for (UUID nunca : List.of(bloqueado, doDominio, saiu)) {
            assertThat(db.count("SELECT count(*) FROM nigredo_leads.campanha_leads WHERE lead_id = ?", nunca))
                    .as("blocklisted by address or domain, or unsubscribed: never enrolled")
                    .isZero();
        }
        assertThat(plano(ativa).getInt("leads_sem_canal")).isEqualTo(3);
        JsonObject evento = JsonText.object(db.text(
                "SELECT detail::text FROM fibonacci_core.events WHERE tenant_id = ? AND type = ?",
                cenario.tenant(),
                "nigredo.estrategia.leads_enrolled"));
        assertThat(evento.getString("campanha_id"))
                .as("Disparo is told, through the bus, which campaign gained leads")
                .isEqualTo(ativa.toString());
        assertThat(evento.getString("import_id")).isEqualTo(importacao.toString());
        assertThat(evento.getInt("leads")).isEqualTo(1);

        // What Disparo does with that event: the approved campaign's scheduling, which leaves the first lead's sends.
        int programados = db.inTransaction(() -> programar(ativa, cenario.tenant(), AGORA.plus(1, ChronoUnit.DAYS)));

        assertThat(programados)
                .as("the new lead's three stages; the first lead keeps its own")
                .isEqualTo(3);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE campanha_id = ? AND lead_id = ?"
                                + " AND due_at < ?",
                        ativa,
                        primeiro.lead(),
                        java.sql.Timestamp.from(AGORA.plus(1, ChronoUnit.DAYS))))
                .as("the first lead's topo, due when the campaign was scheduled")
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE campanha_id = ? AND lead_id = ?", ativa, ana))
                .isEqualTo(3);
        assertThat(cenario.planejado(importacao, AGORA.plus(2, ChronoUnit.DAYS)))
                .as("the same import delivered again enrols nobody twice")
                .containsExactly(ativa);
        assertThat(enrolments(cenario)).isEqualTo(1);
    }

    @Test
    void aPausedCampaignEnrolsNobodyTheNextLeadOpensADraft() {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
        UUID pausada = cenario.planejado(
                        cenario.leadAvulso(padaria("maria@paoquente.com.br")).importacao(), AGORA)
                .get(0);
        cenario.ativa(pausada, true, AGORA.plusSeconds(60));
        db.execute("UPDATE nigredo_leads.campanhas SET status = 'pausada' WHERE id = ?", pausada);

        List<UUID> campanhas = cenario.planejado(
                cenario.leadAvulso(padaria("ana@docefeito.com.br")).importacao(), AGORA.plus(1, ChronoUnit.DAYS));

        assertThat(campanhas).singleElement().isNotEqualTo(pausada);
        assertThat(cenario.leadsDa(pausada)).isEqualTo(1);
        assertThat(enrolments(cenario)).isZero();
    }

    @Test
    void twoInstancesPlanningTheSameSegmentAtOnceEndWithOneDraft() throws Exception {
        Cenario cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
        Avulso maria = cenario.leadAvulso(padaria("maria@paoquente.com.br"));
        Avulso ana = cenario.leadAvulso(padaria("ana@docefeito.com.br"));
        CountDownLatch planejou = new CountDownLatch(1);
        CountDownLatch confirmar = new CountDownLatch(1);

        Future<List<UUID>> primeira = outraInstancia.submit(() -> db.inTransaction(() -> {
            List<UUID> ids = planejamento.planejar(maria.importacao(), cenario.tenant(), AGORA);
            planejou.countDown();
            aguardar(confirmar);
            return ids;
        }));
        assertThat(planejou.await(10, TimeUnit.SECONDS)).isTrue();
        ExecutorService terceira = Executors.newSingleThreadExecutor();
        try {
            Future<List<UUID>> segunda = terceira.submit(
                    () -> db.inTransaction(() -> planejamento.planejar(ana.importacao(), cenario.tenant(), AGORA)));
            boolean esperou = alguemAguardaUmBloqueio();
            confirmar.countDown();

            assertThat(esperou)
                    .as("the second planner waits for the first one's draft")
                    .isTrue();
            UUID rascunho = primeira.get(10, TimeUnit.SECONDS).get(0);
            assertThat(segunda.get(10, TimeUnit.SECONDS)).containsExactly(rascunho);
        } finally {
            terceira.shutdownNow();
        }

        assertThat(cenario.campanhas()).as("one draft, not two").isEqualTo(1);
        UUID rascunho = primeira.get().get(0);
        assertThat(cenario.leadsDa(rascunho)).isEqualTo(2);
        assertThat(plano(rascunho).getInt("leads"))
                .as("the second planner's plan counts both")
                .isEqualTo(2);
    }

    @Test
    void twoTenantsSegmentsNeverMeet() {
        Cenario alquimia = Cenario.daEmpresa(db, "Alquimia Vendas Ltda");
        Cenario outra = Cenario.daEmpresa(db, "Outra Vendas Ltda");

        UUID daAlquimia = alquimia.planejado(
                        alquimia.leadAvulso(padaria("maria@paoquente.com.br")).importacao(), AGORA)
                .get(0);
        UUID daOutra = outra.planejado(
                        outra.leadAvulso(padaria("ana@docefeito.com.br")).importacao(), AGORA)
                .get(0);
        alquimia.ativa(daAlquimia, true, AGORA.plusSeconds(60));
        List<UUID> depois = outra.planejado(
                outra.leadAvulso(padaria("rui@confeitaria.com.br")).importacao(), AGORA.plusSeconds(120));

        assertThat(daOutra).isNotEqualTo(daAlquimia);
        assertThat(depois)
                .as("another tenant's campaign that enrols the same segment takes none of this tenant's leads")
                .containsExactly(daOutra);
        assertThat(alquimia.leadsDa(daAlquimia)).isEqualTo(1);
        assertThat(outra.leadsDa(daOutra)).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.campanha_leads cl JOIN nigredo_leads.campanhas c"
                        + " ON c.id = cl.campanha_id WHERE cl.tenant_id <> c.tenant_id"))
                .isZero();
    }

    private static LeadDoImport padaria(String email) {
        return empresa("Padaria " + email).email(email).segmento("Alimentação", "ME", "alimentacao|me|*");
    }

    private static JsonObject plano(UUID campanha) {
        return JsonText.object(db.text("SELECT plano::text FROM nigredo_leads.campanhas WHERE id = ?", campanha));
    }

    private static long enrolments(Cenario cenario) {
        return db.count(
                "SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ? AND type = ?",
                cenario.tenant(),
                "nigredo.estrategia.leads_enrolled");
    }

    private static int programar(UUID campanha, UUID tenant, Instant inicio) {
        try (Connection connection = db.dataSource().getConnection()) {
            return ProgramacaoDeEnvios.programar(connection, campanha, tenant, inicio);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void aguardar(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first planner commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether, within five seconds, a session of this database waits for a lock another one holds. */
    private static boolean alguemAguardaUmBloqueio() throws InterruptedException {
        for (int tentativas = 0; tentativas < 100; tentativas++) {
            if (db.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock'")
                    > 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
