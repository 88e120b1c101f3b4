package ai.alquimista.nigredo.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.EventDetails;
import ai.alquimista.fibonacci.events.EventSubmission;
import ai.alquimista.fibonacci.events.MalformedEvent;
import ai.alquimista.fibonacci.routing.EventRoutes;
import ai.alquimista.nigredo.agendamento.events.ReuniaoConfirmada;
import ai.alquimista.nigredo.agendamento.events.ReuniaoSolicitada;
import ai.alquimista.nigredo.atendimento.events.LeadRespondeu;
import ai.alquimista.nigredo.canais.events.EmailRecebido;
import ai.alquimista.nigredo.canais.events.WebhookWhatsappRecebido;
import ai.alquimista.nigredo.disparo.events.MensagemEnviada;
import ai.alquimista.nigredo.estrategia.events.CampanhaAprovada;
import ai.alquimista.nigredo.estrategia.events.LeadsInscritos;
import ai.alquimista.nigredo.recebimento.events.LeadsImportados;
import ai.alquimista.nigredo.recebimento.events.RecebimentoConcluido;
import ai.alquimista.nigredo.sentimento.events.AnaliseSolicitada;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentEventsTest {

    private static final UUID TENANT = UUID.fromString("7f000000-0000-4000-8000-000000000001");
    private static final UUID ID = UUID.fromString("7f000000-0000-4000-8000-0000000000aa");

    @Test
    void everyAgentEventTravelsAsItsDetailAndComesBackEqual() {
        List<AgentEvent> events = List.of(
                new LeadsImportados(ID),
                new RecebimentoConcluido(ID, new RecebimentoConcluido.Resumo(Map.of("padarias", 12))),
                new CampanhaAprovada(ID),
                new LeadsInscritos(ID, ID, 3),
                new MensagemEnviada(
                        ID, ID, ID, "abertura", "a", "WHATSAPP", "wamid.1", Instant.parse("2026-11-30T12:00:00Z")),
                new LeadRespondeu(ID, ID, "whatsapp", "Tenho interesse", false),
                new EmailRecebido(ID),
                new AnaliseSolicitada("Tenho interesse", ID, null),
                new ReuniaoSolicitada(ID, ID),
                new ReuniaoConfirmada(ID, ID, Instant.parse("2026-12-01T13:00:00Z")),
                new WebhookWhatsappRecebido(ID, "106540352242922"));

        for (AgentEvent event : events) {
            EventSubmission submission = EventDetails.submission(event, TENANT);

            assertThat(submission.type()).isEqualTo(event.type());
            assertThat(EventRoutes.route(submission.source())).as(event.type()).isPresent();
            assertThat(submission.tenantId()).contains(TENANT);
            assertThat(EventDetails.read(event.type(), submission.detail(), event.getClass()))
                    .isEqualTo(event);
        }
    }

    @Test
    void theDetailKeepsTheSnakeCaseNamesTheBusAlwaysCarried() {
        JsonObject detail = EventDetails.submission(
                        new RecebimentoConcluido(ID, new RecebimentoConcluido.Resumo(Map.of("padarias", 12))), TENANT)
                .detail();

        assertThat(detail.getString("import_id")).isEqualTo(ID.toString());
        assertThat(detail.getJsonObject("summary").getJsonObject("segmentos").getInt("padarias"))
                .isEqualTo(12);
        assertThat(detail.getJsonObject("context").getJsonObject("metadata").getString("tenant_id"))
                .isEqualTo(TENANT.toString());
        assertThat(detail).doesNotContainKeys("type", "source", "correlation_id");
    }

    @Test
    void aDetailWithoutTheIdTheTypeNeedsIsMalformedAndSaysWhichField() {
        JsonObject detail = Json.createObjectBuilder().add("outro", "x").build();

        assertThatThrownBy(() -> EventDetails.read(CampanhaAprovada.TYPE, detail, CampanhaAprovada.class))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageContaining("nigredo.estrategia.completed")
                .hasMessageContaining("has no campanha_id");
    }

    @Test
    void aDetailWhoseIdIsNoUuidIsMalformed() {
        JsonObject detail = Json.createObjectBuilder().add("import_id", "abc").build();

        assertThatThrownBy(() -> EventDetails.read(LeadsImportados.TYPE, detail, LeadsImportados.class))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageContaining("leads.imported");
    }

    @Test
    void aDetailWhoseCountIsNoNumberIsMalformed() {
        JsonObject detail = Json.createObjectBuilder()
                .add("import_id", ID.toString())
                .add(
                        "summary",
                        Json.createObjectBuilder()
                                .add("segmentos", Json.createObjectBuilder().add("x", "y")))
                .build();

        assertThatThrownBy(() -> EventDetails.read(RecebimentoConcluido.TYPE, detail, RecebimentoConcluido.class))
                .isInstanceOf(MalformedEvent.class);
    }
}
