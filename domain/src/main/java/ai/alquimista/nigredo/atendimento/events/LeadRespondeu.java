package ai.alquimista.nigredo.atendimento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/**
 * {@code lead.respondeu}, to Atendimento: a lead answered (an interação recebida); {@code descadastro} when the answer
 * was a request to stop, already honoured by the blocklist.
 */
@AgentEventType(value = LeadRespondeu.TYPE, source = "nigredo.atendimento")
public record LeadRespondeu(UUID leadId, UUID interacaoId, String canal, String mensagem, boolean descadastro)
        implements AgentEvent {

    public static final String TYPE = "lead.respondeu";

    public LeadRespondeu {
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
