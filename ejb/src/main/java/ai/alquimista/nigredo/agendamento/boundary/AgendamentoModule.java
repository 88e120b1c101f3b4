package ai.alquimista.nigredo.agendamento.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.agendamento.ConfiguracaoDaAgenda;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

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

    @Override
    public CatalogEntry catalogEntry() {
        return ENTRY;
    }

    @Override
    public void checkSettings(JsonObject settings) {
        ConfiguracaoDaAgenda.de(settings);
    }
}
