package ai.alquimista.nigredo.agendamento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.Required;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.UUID;

/** {@code nigredo.atendimento.schedule_requested}, to Agendamento: the lead wants a meeting. */
public record ReuniaoSolicitada(UUID leadId, UUID interacaoId) implements AgentEvent {

    public static final String TYPE = "nigredo.atendimento.schedule_requested";

    public ReuniaoSolicitada {
        Required.field(leadId, "lead_id");
    }

    @Override
    @JsonbTransient
    public String type() {
        return TYPE;
    }

    @Override
    @JsonbTransient
    public String source() {
        return "nigredo.agendamento";
    }

    @Override
    @JsonbTransient
    public String correlationId() {
        return interacaoId == null ? leadId.toString() : interacaoId.toString();
    }
}
