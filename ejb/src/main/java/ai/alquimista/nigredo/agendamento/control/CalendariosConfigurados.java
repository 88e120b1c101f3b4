package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.ConfiguracaoDaAgenda;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * The tenant's calendar as its Agendamento settings say ({@link ConfiguracaoDaAgenda}): the embedded one by default,
 * Google Calendar with {@code calendario: google} and {@code google_calendar_id}.
 */
@ApplicationScoped
public class CalendariosConfigurados implements Calendarios {

    @Inject
    ReservasDeHorario reservas;

    @Inject
    GoogleCalendarApi google;

    @Override
    public Calendario doTenant(UUID tenantId, JsonObject settings) {
        ConfiguracaoDaAgenda configuracao = ConfiguracaoDaAgenda.de(settings);
        return switch (configuracao.provedor()) {
            case embutido -> new CalendarioEmbutido(tenantId, reservas);
            case google ->
                new GoogleCalendar(
                        tenantId,
                        configuracao
                                .googleCalendarId()
                                .orElseThrow(() -> new IllegalStateException(
                                        "the google calendar needs " + ConfiguracaoDaAgenda.GOOGLE_CALENDAR_ID)),
                        reservas,
                        google);
        };
    }
}
