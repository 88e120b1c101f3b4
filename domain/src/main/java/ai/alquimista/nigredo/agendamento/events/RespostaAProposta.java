package ai.alquimista.nigredo.agendamento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/**
 * {@code nigredo.agendamento.answer_received}, from Atendimento to Agendamento: a lead with an open proposal answered
 * (an interação recebida), and Agendamento, not Atendimento's classifier, reads the answer.
 */
@AgentEventType(value = RespostaAProposta.TYPE, source = "nigredo.agendamento")
public record RespostaAProposta(UUID leadId, UUID interacaoId, String canal, String mensagem) implements AgentEvent {

    public static final String TYPE = "nigredo.agendamento.answer_received";

    public RespostaAProposta {
        Required.field(leadId, "lead_id");
        Required.field(interacaoId, "interacao_id");
        Required.field(canal, "canal");
        Required.field(mensagem, "mensagem");
    }

    @Override
    public String correlationId() {
        return interacaoId.toString();
    }
}
