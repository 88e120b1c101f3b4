package ai.alquimista.nigredo.estrategia.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.Componentes;
import ai.alquimista.nigredo.estrategia.EmbeddedDatabase;
import ai.alquimista.nigredo.estrategia.FiredEvents;
import ai.alquimista.nigredo.estrategia.entity.TransicaoInvalida;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.errors.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A manager and the campaign Estratégia planned from an import: reading it, editing the draft's messages,
 * approving it, pausing and resuming it, and the moves its status does not allow (409, nothing changes).
 */
class CampanhasTest {

    @RegisterExtension
    static final EmbeddedDatabase db = new EmbeddedDatabase();

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
        padaria = cenario.lead(empresa("Padaria Pão Quente")
                .contato("MARIA SILVA")
                .email("maria@paoquente.com.br")
                .segmento("Alimentação", "ME", "alimentacao|me"));
        cenario.lead(empresa("Confeitaria Doce")
                .contato("Ana")
                .email("ana@docefeito.com.br")
                .segmento("Alimentação", "ME", "alimentacao|me"));
        return db.inTransaction(() -> Componentes.planejamento(db)
                        .planejar(cenario.importId(), cenario.tenant(), AGORA.minus(1, ChronoUnit.DAYS)))
                .get(0);
    }

    @Test
    void aManagerApprovesTheDraftAndDisparoIsToldToScheduleIt() {
        UUID id = rascunho("nigredo-disparo");

        CampanhaDetalhe aprovada = db.inTransaction(() -> campanhas.approve(gil, id));

        assertThat(aprovada.status()).isEqualTo("aprovada");
        assertThat(aprovada.approvedBy()).isEqualTo("gil@alquimia.com.br");
        assertThat(aprovada.approvedAt()).isEqualTo(AGORA.truncatedTo(ChronoUnit.MICROS));
        assertThat(aprovada.leads()).isEqualTo(2);
        assertThat(statusOf(id)).isEqualTo("aprovada");
        assertThat(db.value("SELECT approved_at FROM nigredo_leads.campanhas WHERE id = ?", id))
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
        assertThat(audited("campanha.approve", id)).isEqualTo(1);
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
        assertThat(audited("campanha.approve", id)).isEqualTo(1);
    }

    @Test
    void withoutDisparoNothingWouldSendTheCampaignSoItStaysADraft() {
        UUID id = rascunho();

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.approve(gil, id)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("activate the Disparo agent");
        assertThat(statusOf(id)).isEqualTo("rascunho");
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
        envio(id, padaria, "topo", "agendado", null);
        db.execute("UPDATE nigredo_leads.campanhas SET status = 'ativa' WHERE id = ?", id);
        assertThat(db.inTransaction(() -> campanhas.pause(gil, id)).status()).isEqualTo("pausada");
        CampanhaDetalhe retomada = db.inTransaction(() -> campanhas.resume(gil, id));

        assertThat(retomada.status()).isEqualTo("ativa");
        assertThat(statusOf(id)).isEqualTo("ativa");
        assertThat(((Timestamp) db.value(
                                "SELECT proximo_envio_em FROM nigredo_leads.disparo_ritmo WHERE tenant_id = ?",
                                cenario.tenant()))
                        .toInstant())
                .as("Disparo's pace wakes for the tenant now")
                .isCloseTo(AGORA, within(1, ChronoUnit.MICROS));
        assertThat(audited("campanha.pause", id)).isEqualTo(2);
        assertThat(audited("campanha.resume", id)).isEqualTo(2);
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
        assertThat(statusOf(id)).isEqualTo("rascunho");
        assertThat(audited("campanha.pause", id) + audited("campanha.resume", id))
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
        assertThat(audited("campanha.mensagens", id)).isEqualTo(1);
    }

    @Test
    void anotherTenantsCampaignDoesNotExist() {
        UUID id = rascunho("nigredo-disparo");
        Caller intruso = Cenario.daEmpresa(db, "Outra Empresa ME")
                .comAgentes("nigredo-disparo")
                .gestor("eva@outra.com.br");

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.describe(intruso, id)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.approve(intruso, id)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.preview(intruso, id, 5)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.envios(intruso, id, null, 0, 50)))
                .isInstanceOf(NotFound.class);
        assertThat(db.inTransaction(() -> campanhas.page(intruso, 0, 20)).items())
                .isEmpty();
        assertThat(statusOf(id)).isEqualTo("rascunho");
    }

    @Test
    void theListAndTheCampaignCountItsLeadsItsSendsAndWhoAnswered() {
        UUID id = rascunho("nigredo-disparo");
        envio(id, padaria, "topo", "enviado", AGORA.minusSeconds(60));
        envio(id, padaria, "meio", "agendado", null);
        envio(id, padaria, "fundo", "cancelado", null);
        db.execute("UPDATE nigredo_leads.leads SET status = 'respondeu' WHERE id = ?", padaria);

        PaginaDeCampanhas pagina = db.inTransaction(() -> campanhas.page(gil, 0, 20));
        CampanhaDetalhe detalhe = db.inTransaction(() -> campanhas.describe(gil, id));
        PaginaDeEnvios enviados = db.inTransaction(() -> campanhas.envios(gil, id, "enviado", 0, 50));

        assertThat(pagina.total()).isEqualTo(1);
        assertThat(pagina.items()).singleElement().satisfies(resumo -> {
            assertThat(resumo.id()).isEqualTo(id.toString());
            assertThat(resumo.leads()).isEqualTo(2);
            assertThat(resumo.envios()).isEqualTo(new EnviosPorStatus(1, 1, 0, 0, 1));
            assertThat(resumo.importId()).isEqualTo(cenario.importId().toString());
            assertThat(resumo.approvedAt()).isNull();
        });
        String variante = db.text("SELECT variante FROM nigredo_leads.campanha_leads WHERE lead_id = ?", padaria);
        assertThat(detalhe.variantes().get(variante).responderam()).isEqualTo(1);
        assertThat(detalhe.variantes().values().stream()
                        .mapToLong(ResultadoDaVariante::leads)
                        .sum())
                .isEqualTo(2);
        assertThat(enviados.items()).singleElement().satisfies(envio -> {
            assertThat(envio.empresa()).isEqualTo("Padaria Pão Quente");
            assertThat(envio.sentAt()).isCloseTo(AGORA.minusSeconds(60), within(1, ChronoUnit.MICROS));
            assertThat(envio.motivo()).isNull();
        });
        assertThat(enviados.total()).isEqualTo(1);
        assertThat(audited("campanha.envios", id)).isEqualTo(1);
        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.envios(gil, id, "perdido", 0, 50)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("status: must be one of agendado, enviado, bloqueado, falhou, cancelado");
    }

    @Test
    void thePreviewShowsEachLeadsMessagesAsTheyWouldArrive() {
        UUID id = rascunho("nigredo-disparo");

        PreviaDaCampanha previa = db.inTransaction(() -> campanhas.preview(gil, id, 5));

        assertThat(previa.campanhaId()).isEqualTo(id.toString());
        assertThat(previa.items())
                .extracting(item -> item.lead().empresa())
                .containsExactly("Confeitaria Doce", "Padaria Pão Quente");
        PreviaDoLead maria = previa.items().get(1);
        assertThat(maria.canal()).isEqualTo("email");
        assertThat(maria.destinatario()).isEqualTo("maria@paoquente.com.br");
        assertThat(maria.etapas()).extracting(EtapaDaPrevia::etapa).containsExactly("topo", "meio", "fundo");
        assertThat(maria.etapas().get(0).corpo())
                .contains("Maria")
                .contains("Padaria Pão Quente")
                .contains("Alquimia Vendas Ltda")
                .doesNotContain("{{");
        assertThat(audited("campanha.preview", id)).isEqualTo(1);
    }

    @Test
    void aTemplateStoredBeforeTheSandboxMakesThePreviewAConflict() {
        UUID id = rascunho("nigredo-disparo");
        JsonObject mensagens =
                db.inTransaction(() -> campanhas.describe(gil, id)).mensagens();
        JsonObject perigosa =
                withTopoACorpo(withTopoCorpo(mensagens, "B", "{{> /etc/hostname}}"), "{{> /etc/hostname}}");
        db.execute(
                "UPDATE nigredo_leads.campanhas SET mensagens = CAST(? AS jsonb) WHERE id = ?",
                perigosa.toString(),
                id);

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.preview(gil, id, 5)))
                .isInstanceOf(Conflict.class)
                .hasMessageMatching("mensagens\\.topo\\.[AB]\\.corpo holds a template that is not allowed .*");
        assertThat(audited("campanha.preview", id)).isZero();
    }

    private String statusOf(UUID id) {
        return db.text("SELECT status FROM nigredo_leads.campanhas WHERE id = ?", id);
    }

    private long audited(String action, UUID id) {
        return db.count(
                "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ? AND action = ?"
                        + " AND target_type = 'campanha' AND target_id = ?",
                cenario.tenant(),
                action,
                id.toString());
    }

    /** A send as Disparo writes it. */
    private void envio(UUID campanha, UUID lead, String etapa, String status, Instant sentAt) {
        db.execute(
                "INSERT INTO nigredo_leads.envios (id, tenant_id, campanha_id, lead_id, etapa, variante, canal,"
                        + " destinatario, idempotency_key, status, due_at, sent_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'A', 'email', 'maria@paoquente.com.br', ?, ?, ?, ?)",
                UUID.randomUUID(),
                cenario.tenant(),
                campanha,
                lead,
                etapa,
                lead + ":" + campanha + ":" + etapa,
                status,
                Timestamp.from(AGORA),
                sentAt == null ? null : Timestamp.from(sentAt));
    }

    private static JsonObject withTopoACorpo(JsonObject mensagens, String corpo) {
        return withTopoCorpo(mensagens, "A", corpo);
    }

    private static JsonObject withTopoCorpo(JsonObject mensagens, String variante, String corpo) {
        JsonObject topo = mensagens.getJsonObject("topo");
        return Json.createObjectBuilder(mensagens)
                .add(
                        "topo",
                        Json.createObjectBuilder(topo)
                                .add(
                                        variante,
                                        Json.createObjectBuilder(topo.getJsonObject(variante))
                                                .add("corpo", corpo)))
                .build();
    }
}
