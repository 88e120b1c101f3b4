package ai.alquimista.nigredo.agendamento.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which calendar a tenant books in, from its Agendamento settings. */
class CalendariosConfiguradosTest {

    private final CalendariosConfigurados calendarios =
            Beans.wire(new CalendariosConfigurados(), new ReservasDeHorario(), new GoogleCalendarApi());

    @Test
    void withoutACalendarSetTheTenantBooksInTheEmbeddedOne() {
        assertThat(calendarios.doTenant(UUID.randomUUID(), JsonObject.EMPTY_JSON_OBJECT))
                .isInstanceOf(CalendarioEmbutido.class);
        assertThat(calendarios.doTenant(
                        UUID.randomUUID(),
                        Json.createObjectBuilder().add("calendario", "embutido").build()))
                .isInstanceOf(CalendarioEmbutido.class);
    }

    @Test
    void googleSettingsBookInGoogleCalendar() {
        JsonObject settings = Json.createObjectBuilder()
                .add("calendario", "google")
                .add("google_calendar_id", "vendas@fornobom.com.br")
                .build();

        assertThat(calendarios.doTenant(UUID.randomUUID(), settings)).isInstanceOf(GoogleCalendar.class);
    }

    @Test
    void settingsThatWereNeverValidAreRefused() {
        JsonObject settings =
                Json.createObjectBuilder().add("calendario", "outlook").build();

        assertThatThrownBy(() -> calendarios.doTenant(UUID.randomUUID(), settings))
                .isInstanceOf(InvalidInput.class);
    }
}
