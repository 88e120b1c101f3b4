package ai.alquimista.nigredo.agendamento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/** {@code nigredo.atendimento.schedule_requested}, to Agendamento: the lead wants a meeting. */
@AgentEventType(value = ReuniaoSolicitada.TYPE, source = "nigredo.agendamento")
public record ReuniaoSolicitada(UUID leadId, UUID interacaoId) implements AgentEvent {

    public static final String TYPE = "nigredo.atendimento.schedule_requested";

    public ReuniaoSolicitada {
        Required.field(leadId, "lead_id");
    }

    @Override
    public String correlationId() {
        return interacaoId == null ? leadId.toString() : interacaoId.toString();
    }
}
