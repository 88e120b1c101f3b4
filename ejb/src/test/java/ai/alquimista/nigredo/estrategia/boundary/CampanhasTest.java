package ai.alquimista.nigredo.estrategia.boundary;

import static ai.alquimista.nigredo.estrategia.Cenario.LeadDoImport.empresa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import ai.alquimista.nigredo.estrategia.Cenario;
import ai.alquimista.nigredo.estrategia.Componentes;
import ai.alquimista.nigredo.estrategia.FiredEvents;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.testing.JpaDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A manager reads the tenant's campaigns: the list, one campaign with its A/B split, its sends, and a preview of
 * the messages; another tenant's campaign does not exist. Reads of personal data are audited.
 */
class CampanhasTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final Instant AGORA = Instant.parse("2026-12-02T13:00:00.123456789Z");

    private final Campanhas campanhas =
            Componentes.campanhas(db, Clock.fixed(AGORA, ZoneOffset.UTC), new FiredEvents<OutboxWritten>());

    private Cenario cenario;
    private Caller gil;
    private UUID padaria;

    /** Alquimia Vendas imported two bakeries; Estratégia planned their draft. */
    private UUID rascunho() {
        cenario = Cenario.daEmpresa(db, "Alquimia Vendas Ltda").comAgentes("nigredo-disparo");
        gil = cenario.gestor("gil@alquimia.com.br");
        padaria = cenario.lead(empresa("Padaria Pão Quente")
                .contato("MARIA SILVA")
                .email("maria@paoquente.com.br")
                .segmento("Alimentação", "ME", "alimentacao|me"));
        cenario.lead(empresa("Confeitaria Doce")
                .contato("Ana")
                .email("ana@docefeito.com.br")
                .segmento("Alimentação", "ME", "alimentacao|me"));
        return cenario.rascunhoPlanejado(AGORA.minus(1, ChronoUnit.DAYS));
    }

    @Test
    void theListAndTheCampaignCountItsLeadsItsSendsAndWhoAnswered() {
        UUID id = rascunho();
        cenario.envio(id, padaria, "topo", "enviado", AGORA, AGORA.minusSeconds(60));
        cenario.envio(id, padaria, "meio", "agendado", AGORA, null);
        cenario.envio(id, padaria, "fundo", "cancelado", AGORA, null);
        db.execute("UPDATE nigredo_leads.leads SET status = 'respondeu' WHERE id = ?", padaria);

        PaginaDeCampanhas pagina = db.inTransaction(() -> campanhas.page(gil, 0, 20));
        CampanhaDetalhe detalhe = db.inTransaction(() -> campanhas.describe(gil, id));

        assertThat(pagina.total()).isEqualTo(1);
        assertThat(pagina.items()).singleElement().satisfies(resumo -> {
            assertThat(resumo.id()).isEqualTo(id.toString());
            assertThat(resumo.status()).isEqualTo("rascunho");
            assertThat(resumo.canal()).isEqualTo("email");
            assertThat(resumo.leads()).isEqualTo(2);
            assertThat(resumo.envios()).isEqualTo(new EnviosPorStatus(1, 1, 0, 0, 1, 0, 0));
            assertThat(resumo.importacoes()).isEqualTo(1);
            assertThat(resumo.ultimaImportacao()).isEqualTo(cenario.importId().toString());
            assertThat(resumo.inscricaoAutomatica()).isFalse();
            assertThat(resumo.approvedAt()).isNull();
        });
        String variante = db.text("SELECT variante FROM nigredo_leads.campanha_leads WHERE lead_id = ?", padaria);
        assertThat(detalhe.variantes().get(variante).responderam()).isEqualTo(1);
        assertThat(detalhe.variantes().values().stream()
                        .mapToLong(ResultadoDaVariante::leads)
                        .sum())
                .isEqualTo(2);
        assertThat(detalhe.plano().getJsonObject("canais").getInt("email")).isEqualTo(2);
    }

    @Test
    void theSendsAreListedByStatusAndTheirReadIsAudited() {
        UUID id = rascunho();
        cenario.envio(id, padaria, "topo", "enviado", AGORA, AGORA.minusSeconds(60));
        cenario.envio(id, padaria, "meio", "agendado", AGORA, null);

        PaginaDeEnvios enviados = db.inTransaction(() -> campanhas.envios(gil, id, "enviado", 0, 50));
        PaginaDeEnvios todos = db.inTransaction(() -> campanhas.envios(gil, id, null, 0, 50));

        assertThat(enviados.total()).isEqualTo(1);
        assertThat(enviados.items()).singleElement().satisfies(envio -> {
            assertThat(envio.empresa()).isEqualTo("Padaria Pão Quente");
            assertThat(envio.etapa()).isEqualTo("topo");
            assertThat(envio.sentAt()).isCloseTo(AGORA.minusSeconds(60), within(1, ChronoUnit.MICROS));
            assertThat(envio.motivo()).isNull();
        });
        assertThat(todos.items()).extracting(EnvioDaCampanha::status).containsExactly("agendado", "enviado");
        assertThat(cenario.auditado("campanha.envios", id)).isEqualTo(2);
        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.envios(gil, id, "perdido", 0, 50)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(
                        "status: must be one of agendado, enviado, bloqueado, falhou, cancelado, enviando, incerto");
    }

    @Test
    void anUncertainEmailWaitingForItsResendIsListedAsScheduledNotSent() {
        UUID id = rascunho();
        // the provider's answer never came: Disparo scheduled it once more with the same Message-ID, and the table
        // keeps the first attempt's sent_at so that the limits count it
        UUID envio = cenario.envio(id, padaria, "topo", "agendado", AGORA.plusSeconds(60), AGORA.minusSeconds(5));
        db.execute(
                "UPDATE nigredo_leads.envios SET reenvios = 1, motivo = 'reenvio com o mesmo Message-ID: timeout'"
                        + " WHERE id = ?",
                envio);
        cenario.envio(id, padaria, "meio", "agendado", AGORA.plus(3, ChronoUnit.DAYS), null);

        PaginaDeEnvios agendados = db.inTransaction(() -> campanhas.envios(gil, id, "agendado", 0, 50));

        assertThat(agendados.items())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.sentAt())
                        .as("nothing scheduled shows a sent time")
                        .isNull());
        assertThat(agendados.items())
                .filteredOn(e -> e.etapa().equals("topo"))
                .singleElement()
                .satisfies(topo -> {
                    assertThat(topo.aguardandoReenvio()).isTrue();
                    assertThat(topo.dueAt()).isCloseTo(AGORA.plusSeconds(60), within(1, ChronoUnit.MICROS));
                    assertThat(topo.motivo()).startsWith("reenvio com o mesmo Message-ID");
                });
        assertThat(agendados.items())
                .filteredOn(e -> e.etapa().equals("meio"))
                .singleElement()
                .satisfies(meio -> assertThat(meio.aguardandoReenvio()).isFalse());
        assertThat(db.value("SELECT sent_at FROM nigredo_leads.envios WHERE id = ?", envio))
                .as("kept in the table for the limits")
                .isNotNull();
    }

    @Test
    void thePreviewShowsEachLeadsMessagesAsTheyWouldArrive() {
        UUID id = rascunho();

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
        assertThat(cenario.auditado("campanha.preview", id)).isEqualTo(1);
    }

    @Test
    void aTemplateStoredBeforeTheSandboxMakesThePreviewAConflict() {
        UUID id = rascunho();
        JsonObject mensagens =
                db.inTransaction(() -> campanhas.describe(gil, id)).mensagens();
        JsonObject topo = mensagens.getJsonObject("topo");
        JsonObject perigosa = Json.createObjectBuilder(mensagens)
                .add(
                        "topo",
                        Json.createObjectBuilder()
                                .add(
                                        "A",
                                        Json.createObjectBuilder(topo.getJsonObject("A"))
                                                .add("corpo", "{{> /etc/hostname}}"))
                                .add(
                                        "B",
                                        Json.createObjectBuilder(topo.getJsonObject("B"))
                                                .add("corpo", "{{> /etc/hostname}}")))
                .build();
        db.execute(
                "UPDATE nigredo_leads.campanhas SET mensagens = CAST(? AS jsonb) WHERE id = ?",
                perigosa.toString(),
                id);

        assertThatThrownBy(() -> db.inTransaction(() -> campanhas.preview(gil, id, 5)))
                .isInstanceOf(Conflict.class)
                .hasMessageMatching("mensagens\\.topo\\.[AB]\\.corpo holds a template that is not allowed .*");
        assertThat(cenario.auditado("campanha.preview", id)).isZero();
    }

    @Test
    void anotherTenantsCampaignDoesNotExist() {
        UUID id = rascunho();
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
        assertThat(cenario.statusDa(id)).isEqualTo("rascunho");
    }
}
