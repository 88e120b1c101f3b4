package ai.alquimista.nigredo.agendamento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.agendamento.ConfiguracaoDaAgenda;
import ai.alquimista.nigredo.agendamento.control.CalendarioIndisponivel;
import ai.alquimista.nigredo.agendamento.control.GoogleCalendarApi;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;

/** Agendamento in the marketplace. */
@ApplicationScoped
public class AgendamentoModule implements AgentModule {

    private static final CatalogEntry ENTRY = CatalogEntry.nigredo(
            Queue.AGENDAMENTO,
            "Agendamento",
            "pro",
            "497.00",
            "Consulta a agenda do time comercial, propõe três horários, confirma a reunião e entrega um briefing com todo o histórico do lead.",
            "Google Calendar do time comercial",
            "Duração padrão das reuniões");

    @Inject
    GoogleCalendarApi google;

    @Override
    public CatalogEntry catalogEntry() {
        return ENTRY;
    }

    /**
     * {@link ConfiguracaoDaAgenda}'s rules, and Google Calendar only where the platform has a service account to reach
     * it with: a tenant learns at activation, not at its first booking, that it cannot use it.
     */
    @Override
    public void checkSettings(JsonObject settings) {
        ConfiguracaoDaAgenda configuracao = ConfiguracaoDaAgenda.de(settings);
        if (configuracao.provedor() != ConfiguracaoDaAgenda.Provedor.google) {
            return;
        }
        if (configuracao.googleCalendarId().orElse("").chars().allMatch(c -> c == '.')) {
            throw new InvalidInput(
                    List.of(new Violation("settings." + ConfiguracaoDaAgenda.GOOGLE_CALENDAR_ID, "is not valid")));
        }
        try {
            google.conta();
        } catch (CalendarioIndisponivel e) {
            throw new InvalidInput(List.of(new Violation(
                    "settings." + ConfiguracaoDaAgenda.CALENDARIO,
                    "google is not available on this platform (no Google service account is set up): use embutido")));
        }
    }
}
