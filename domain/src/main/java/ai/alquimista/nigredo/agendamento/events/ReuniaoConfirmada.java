package ai.alquimista.nigredo.agendamento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.time.Instant;
import java.util.UUID;

/** {@code nigredo.agendamento.confirmed}, to Relatórios: a meeting is booked with the lead. */
@AgentEventType(value = ReuniaoConfirmada.TYPE, source = "nigredo.relatorios")
public record ReuniaoConfirmada(UUID agendamentoId, UUID leadId, Instant dataHora) implements AgentEvent {

    public static final String TYPE = "nigredo.agendamento.confirmed";

    public ReuniaoConfirmada {
        Required.field(agendamentoId, "agendamento_id");
        Required.field(leadId, "lead_id");
        Required.field(dataHora, "data_hora");
    }

    @Override
    public String correlationId() {
        return agendamentoId.toString();
    }
}
