package ai.alquimista.nigredo.agendamento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguracaoDaAgendaTest {

    @Test
    void withoutSettingsMeetingsLastAnHourInTheEmbeddedCalendar() {
        ConfiguracaoDaAgenda agenda = ConfiguracaoDaAgenda.de(JsonObject.EMPTY_JSON_OBJECT);

        assertThat(agenda)
                .isEqualTo(new ConfiguracaoDaAgenda(
                        ConfiguracaoDaAgenda.Provedor.embutido,
                        Optional.empty(),
                        Duration.ofMinutes(60),
                        Optional.empty()));
    }

    @Test
    void aGoogleCalendarOfHalfHourMeetingsWithTheSalesTeam() {
        ConfiguracaoDaAgenda agenda = ConfiguracaoDaAgenda.de(Json.createObjectBuilder()
                .add("calendario", "google")
                .add("google_calendar_id", "vendas@padariapaoquente.com.br")
                .add("duracao_minutos", 30)
                .add("email_comercial", "Vendas@PadariaPaoQuente.com.br")
                .build());

        assertThat(agenda.provedor()).isEqualTo(ConfiguracaoDaAgenda.Provedor.google);
        assertThat(agenda.googleCalendarId()).contains("vendas@padariapaoquente.com.br");
        assertThat(agenda.duracao()).isEqualTo(Duration.ofMinutes(30));
        assertThat(agenda.emailComercial()).contains("vendas@padariapaoquente.com.br");
    }

    @Test
    void everyWrongFieldIsNamed() {
        JsonObject settings = Json.createObjectBuilder()
                .add("calendario", "outlook")
                .add("duracao_minutos", 7.5)
                .add("email_comercial", "vendas")
                .add("google_calendar_id", "../../etc/passwd")
                .build();

        assertThatThrownBy(() -> ConfiguracaoDaAgenda.de(settings))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactlyInAnyOrder(
                                        "settings.calendario",
                                        "settings.duracao_minutos",
                                        "settings.email_comercial",
                                        "settings.google_calendar_id"));
    }

    @Test
    void googleNeedsTheCalendarsId() {
        JsonObject settings =
                Json.createObjectBuilder().add("calendario", "google").build();

        assertThatThrownBy(() -> ConfiguracaoDaAgenda.de(settings))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("settings.google_calendar_id");
    }

    @Test
    void aMeetingOfFourHoursIsTheLongest() {
        JsonObject settings =
                Json.createObjectBuilder().add("duracao_minutos", 241).build();

        assertThatThrownBy(() -> ConfiguracaoDaAgenda.de(settings)).hasMessageContaining("from 15 to 240");
    }
}
