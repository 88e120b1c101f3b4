package ai.alquimista.nigredo.agendamento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.Required;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.util.UUID;

/** {@code nigredo.agendamento.confirmed}, to Relatórios: a meeting is booked with the lead. */
public record ReuniaoConfirmada(UUID agendamentoId, UUID leadId, Instant dataHora) implements AgentEvent {

    public static final String TYPE = "nigredo.agendamento.confirmed";

    public ReuniaoConfirmada {
        Required.field(agendamentoId, "agendamento_id");
        Required.field(leadId, "lead_id");
        Required.field(dataHora, "data_hora");
    }

    @Override
    @JsonbTransient
    public String type() {
        return TYPE;
    }

    @Override
    @JsonbTransient
    public String source() {
        return "nigredo.relatorios";
    }

    @Override
    @JsonbTransient
    public String correlationId() {
        return agendamentoId.toString();
    }
}
