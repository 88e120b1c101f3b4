package ai.alquimista.nigredo.estrategia.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.Componentes;
import ai.alquimista.nigredo.estrategia.FiredEvents;
import ai.alquimista.nigredo.estrategia.entity.TransicaoInvalida;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.errors.Refusal;
import ai.alquimista.testing.JpaDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A manager moves the campaign Estratégia planned: edits the draft's messages, approves it, pauses and resumes it.
 * A move its status does not allow is a 409 and changes nothing: no event, no audit entry.
 */
class TransicoesDeCampanhaTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant AGORA = Instant.parse("2026-12-02T13:00:00.123456789Z");

    private final FiredEvents<OutboxWritten> outbox = new FiredEvents<>();
    private final Campanhas campanhas = Componentes.campanhas(db, Clock.fixed(AGORA, ZoneOffset.UTC), outbox);

    private Cenario cenario;
    private Caller gil;
    private UUID padaria;

    /** Alquimia Vendas imported two bakeries; Estratégia planned their draft. */
    private UUID rascunho(String... agentes) {
        cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").comAgentes(agentes);
        gil = cenario.gestor("gil@alquimia.com.br");
        padaria = cenario.lead(
                empresa("Padaria Pão Quente").email("maria@paoquente.com.br").segmento("Alimentação", "ME", "a|me"));
        cenario.lead(empresa("Confeitaria Doce").email("ana@docefeito.com.br").segmento("Alimentação", "ME", "a|me"));
        return cenario.rascunhoPlanejado(AGORA.minus(1, ChronoUnit.DAYS));
    }

    @Test
    void aManagerApprovesTheDraftAndDisparoIsToldToScheduleIt() {
        UUID id = rascunho("nigredo-disparo");

        CampanhaDetalhe aprovada = db.inTransaction(() -> campanhas.approve(gil, id));

        assertThat(aprovada.status()).isEqualTo("aprovada");
        assertThat(aprovada.approvedBy()).isEqualTo("gil@alquimia.com.br");
        assertThat(aprovada.approvedAt()).isEqualTo(AGORA.truncatedTo(ChronoUnit.MICROS));
        assertThat(aprovada.leads()).isEqualTo(2);
        assertThat(cenario.statusDa(id)).isEqualTo("aprovada");
        assertThat(db.value("SELECT approved_at FROM nigredo_leads.campanhas WHERE id = ?", id))
                .as("what the answer said is what was stored")
                .isEqualTo(Timestamp.from(aprovada.approvedAt()));
        assertThat(db.text(
                        "SELECT detail->>'campanha_id' FROM fibonacci_core.events WHERE tenant_id = ? AND type = ?",
                        cenario.tenant(),
                        "nigredo.estrategia.completed"))
                .isEqualTo(id.toString());
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.outbox o JOIN fibonacci_core.events e ON e.id = o.event_id"
                                + " WHERE e.tenant_id = ?",
                        cenario.tenant()))
                .isEqualTo(1);
        assertThat(outbox.fired()).hasSize(1);
        assertThat(cenario.auditado("campanha.approve", id)).isEqualTo(1);
    }

    @Test
    void approvingAnApprovedCampaignIsAConflictAndDisparoIsNotToldTwice() {
        UUID id = rascunho("nigredo-disparo");
        db.inTransaction(() -> campanhas.approve(gil, id));

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.approve(gil, id)))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot approve a campaign that is aprovada; only one that is rascunho")
                .satisfies(refusal -> assertThat(((Refusal) refusal).status()).isEqualTo(409));
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ? AND type = ?",
                        cenario.tenant(),
                        "nigredo.estrategia.completed"))
                .isEqualTo(1);
        assertThat(cenario.auditado("campanha.approve", id)).isEqualTo(1);
    }

    @Test
    void withoutDisparoNothingWouldSendTheCampaignSoItStaysADraft() {
        UUID id = rascunho();

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.approve(gil, id)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("activate the Disparo agent");
        assertThat(cenario.statusDa(id)).isEqualTo("rascunho");
        assertThat(db.value("SELECT approved_by FROM nigredo_leads.campanhas WHERE id = ?", id))
                .isNull();
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.events WHERE tenant_id = ?", cenario.tenant()))
                .isZero();
    }

    @Test
    void aPausedCampaignResumesWhereItWas() {
        UUID id = rascunho("nigredo-disparo");
        db.inTransaction(() -> campanhas.approve(gil, id));

        assertThat(db.inTransaction(() -> campanhas.pause(gil, id)).status()).isEqualTo("pausada");
        assertThat(db.inTransaction(() -> campanhas.resume(gil, id)).status())
                .as("Disparo had not scheduled it yet: approved again, for Disparo to schedule")
                .isEqualTo("aprovada");

        // Disparo schedules it: its sends exist and it is active
        cenario.envio(id, padaria, "topo", "agendado", AGORA, null);
        db.execute("UPDATE nigredo_leads.campanhas SET status = 'ativa' WHERE id = ?", id);
        assertThat(db.inTransaction(() -> campanhas.pause(gil, id)).status()).isEqualTo("pausada");
        CampanhaDetalhe retomada = db.inTransaction(() -> campanhas.resume(gil, id));

        assertThat(retomada.status()).isEqualTo("ativa");
        assertThat(cenario.statusDa(id)).isEqualTo("ativa");
        assertThat(((Timestamp) db.value(
                                "SELECT proximo_envio_em FROM nigredo_leads.disparo_ritmo WHERE tenant_id = ?",
                                cenario.tenant()))
                        .toInstant())
                .as("Disparo's pace wakes for the tenant now")
                .isCloseTo(AGORA, within(1, ChronoUnit.MICROS));
        assertThat(cenario.auditado("campanha.pause", id)).isEqualTo(2);
        assertThat(cenario.auditado("campanha.resume", id)).isEqualTo(2);
    }

    @Test
    void aDraftIsNeitherPausedNorResumed() {
        UUID id = rascunho("nigredo-disparo");

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.pause(gil, id)))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot pause a campaign that is rascunho; only one that is aprovada or ativa");
        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.resume(gil, id)))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot resume a campaign that is rascunho; only one that is pausada");
        assertThat(cenario.statusDa(id)).isEqualTo("rascunho");
        assertThat(cenario.auditado("campanha.pause", id) + cenario.auditado("campanha.resume", id))
                .isZero();
    }

    @Test
    void theMessagesChangeWhileTheCampaignIsADraftAndOnlyThen() {
        UUID id = rascunho("nigredo-disparo");
        JsonObject mensagens =
                db.inTransaction(() -> campanhas.describe(gil, id)).mensagens();
        JsonObject novas = withTopoACorpo(mensagens, "Oi {{primeiro_nome}}, tudo certo na {{empresa}}?");

        CampanhaDetalhe editada = db.inTransaction(() -> campanhas.replaceMessages(gil, id, novas));
        assertThatThrownBy(() -> db.inTransaction(
                        () -> campanhas.replaceMessages(gil, id, withTopoACorpo(mensagens, "Oi {{#primeiro_nome}}"))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations())
                        .extracting(Violation::field)
                        .containsExactly("mensagens.topo.A.corpo"));
        db.inTransaction(() -> campanhas.approve(gil, id));
        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.replaceMessages(gil, id, mensagens)))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot edit the messages of a campaign that is aprovada; only one that is rascunho");

        assertThat(editada.mensagens()).isEqualTo(novas);
        assertThat(db.inTransaction(() -> campanhas.describe(gil, id)).mensagens())
                .isEqualTo(novas);
        assertThat(cenario.auditado("campanha.mensagens", id)).isEqualTo(1);
    }

    @Test
    void aManagerLetsTheApprovedCampaignEnrolItsSegmentsLaterLeadsAndTurnsItOffAgain() {
        UUID id = rascunho("nigredo-disparo");
        db.inTransaction(() -> campanhas.approve(gil, id));

        CampanhaDetalhe ligada = db.inTransaction(() -> campanhas.automaticEnrolment(gil, id, true));
        assertThat(ligada.inscricaoAutomatica()).isTrue();
        assertThat(db.inTransaction(() -> campanhas.page(gil, 0, 20)).items())
                .singleElement()
                .satisfies(resumo -> assertThat(resumo.inscricaoAutomatica()).isTrue());
        db.execute("UPDATE nigredo_leads.campanhas SET status = 'ativa' WHERE id = ?", id);
        CampanhaDetalhe desligada = db.inTransaction(() -> campanhas.automaticEnrolment(gil, id, false));

        assertThat(desligada.inscricaoAutomatica()).isFalse();
        assertThat(db.value("SELECT inscricao_automatica FROM nigredo_leads.campanhas WHERE id = ?", id))
                .isEqualTo(false);
        assertThat(cenario.auditado("campanha.inscricao_automatica", id)).isEqualTo(2);
        assertThat(db.text(
                        "SELECT string_agg(details->>'ativa', ',' ORDER BY created_at) FROM"
                                + " alquimista_platform.audit_logs WHERE tenant_id = ? AND action = ?",
                        cenario.tenant(),
                        "campanha.inscricao_automatica"))
                .as("the audit log says which way it was set")
                .isEqualTo("true,false");
    }

    @Test
    void aDraftDoesNotEnrolOnItsOwnAndNeitherDoesAnotherTenantsCampaign() {
        UUID id = rascunho("nigredo-disparo");
        Caller intruso = Cenario.daEmpresa(db, "Outra Vendas Ltda").gestor("eva@outra.com.br");

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.automaticEnrolment(gil, id, true)))
                .isInstanceOf(TransicaoInvalida.class)
                .hasMessage("cannot set automatic enrolment of a campaign that is rascunho; only one that is aprovada"
                        + " or ativa")
                .satisfies(refusal -> assertThat(((Refusal) refusal).status()).isEqualTo(409));
        db.inTransaction(() -> campanhas.approve(gil, id));
        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.automaticEnrolment(intruso, id, true)))
                .isInstanceOf(NotFound.class);

        assertThat(db.value("SELECT inscricao_automatica FROM nigredo_leads.campanhas WHERE id = ?", id))
                .isEqualTo(false);
        assertThat(cenario.auditado("campanha.inscricao_automatica", id)).isZero();
    }

    @Test
    void onlyOneCampaignOfASegmentEnrolsItsLaterLeads() {
        UUID primeira = rascunho("nigredo-disparo");
        db.inTransaction(() -> campanhas.approve(gil, primeira));
        db.inTransaction(() -> campanhas.automaticEnrolment(gil, primeira, true));
        UUID importacao = UUID.randomUUID();
        cenario.lead(
                empresa("Doceria Mel").email("lia@doceriamel.com.br").segmento("Alimentação", "ME", "a|me"),
                importacao);
        db.execute("UPDATE nigredo_leads.campanhas SET inscricao_automatica = false WHERE id = ?", primeira);
        UUID segunda = cenario.planejado(importacao, AGORA).get(0);
        db.execute("UPDATE nigredo_leads.campanhas SET inscricao_automatica = true WHERE id = ?", primeira);
        db.inTransaction(() -> campanhas.approve(gil, segunda));

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.automaticEnrolment(gil, segunda, true)))
                .isInstanceOf(Conflict.class)
                .hasMessage("the campaign " + primeira + " already enrols this segment's later leads: turn it off"
                        + " there first");

        assertThat(db.value("SELECT inscricao_automatica FROM nigredo_leads.campanhas WHERE id = ?", segunda))
                .isEqualTo(false);
        assertThat(cenario.auditado("campanha.inscricao_automatica", segunda)).isZero();
    }

    @Test
    void theRequestSaysTrueOrFalseAndNothingElse() {
        assertThat(InscricaoAutomatica.de(
                        Json.createObjectBuilder().add("ativa", true).build()))
                .isEqualTo(new InscricaoAutomatica(true));
        assertThat(InscricaoAutomatica.de(
                        Json.createObjectBuilder().add("ativa", false).build()))
                .isEqualTo(new InscricaoAutomatica(false));

        assertThat(violacoes(Json.createArrayBuilder().add(true).build())).containsExactly("ativa");
        assertThat(violacoes(Json.createObjectBuilder().build())).containsExactly("ativa");
        assertThat(violacoes(Json.createObjectBuilder().add("ativa", "true").build()))
                .containsExactly("ativa");
        assertThat(violacoes(Json.createObjectBuilder().add("ativa", 1).build()))
                .containsExactly("ativa");
        assertThat(violacoes(Json.createObjectBuilder().addNull("ativa").build()))
                .containsExactly("ativa");
        assertThat(violacoes(Json.createObjectBuilder()
                        .add("ativa", true)
                        .add("status", "ativa")
                        .build()))
                .containsExactly("status");
    }

    private static List<String> violacoes(JsonValue body) {
        try {
            InscricaoAutomatica.de(body);
        } catch (InvalidInput e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("accepted " + body);
    }

    private static JsonObject withTopoACorpo(JsonObject mensagens, String corpo) {
        JsonObject topo = mensagens.getJsonObject("topo");
        return Json.createObjectBuilder(mensagens)
                .add(
                        "topo",
                        Json.createObjectBuilder(topo)
                                .add(
                                        "A",
                                        Json.createObjectBuilder(topo.getJsonObject("A"))
                                                .add("corpo", corpo)))
                .build();
    }
}
