package ai.alquimista.platform.agents.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.disparo.boundary.DisparoModule;
import ai.alquimista.nigredo.sentimento.boundary.SentimentoModule;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.testing.Agentes;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentCatalogTest {

    @Test
    void theMarketplaceCatalogHoldsTheSevenNigredoAgentsEachOnItsOwnQueue() {
        List<CatalogEntry> catalog =
                Agentes.MODULES.stream().map(AgentModule::catalogEntry).toList();

        assertThat(catalog).allSatisfy(entry -> {
            assertThat(entry.id()).isEqualTo("nigredo-" + entry.queue().logicalName());
            assertThat(entry.queue().isNigredoAgent()).isTrue();
            assertThat(entry.descricao()).isNotBlank();
            assertThat(entry.requirements()).isNotEmpty();
            assertThat(entry.priceBrl()).isPositive();
        });
        assertThat(catalog)
                .extracting(CatalogEntry::queue)
                .containsExactlyInAnyOrder(
                        Queue.RECEBIMENTO,
                        Queue.ESTRATEGIA,
                        Queue.DISPARO,
                        Queue.ATENDIMENTO,
                        Queue.SENTIMENTO,
                        Queue.AGENDAMENTO,
                        Queue.RELATORIOS);
    }

    @Test
    void disparoRefusesAChannelAdapterItDoesNotHaveAndNamesTheField() {
        var settings =
                Json.createObjectBuilder().add("canal_email", "pombo-correio").build();

        assertThatThrownBy(() -> new DisparoModule().checkSettings(settings))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("settings.canal_email")));
    }

    @Test
    void disparoTakesOnlyDigitsForTheTenantsWhatsappNumber() {
        for (var numero : java.util.List.of(
                Json.createValue("12ab"),
                Json.createValue(""),
                Json.createValue("1".repeat(31)),
                Json.createValue(42))) {
            var settings = Json.createObjectBuilder()
                    .add("whatsapp_phone_number_id", numero)
                    .build();

            assertThatThrownBy(() -> new DisparoModule().checkSettings(settings))
                    .as(numero.toString())
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).violations())
                            .anySatisfy(v -> assertThat(v.field()).isEqualTo("settings.whatsapp_phone_number_id")));
        }
        assertThatCode(() -> new DisparoModule()
                        .checkSettings(Json.createObjectBuilder()
                                .add("whatsapp_phone_number_id", "106540352242922")
                                .build()))
                .doesNotThrowAnyException();
    }

    @Test
    void anAgentWithoutSettingsOfItsOwnTakesAnyObject() {
        var settings = Json.createObjectBuilder().add("qualquer", 1).build();

        assertThatCode(() -> new SentimentoModule().checkSettings(settings)).doesNotThrowAnyException();
    }
}
