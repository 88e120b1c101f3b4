package ai.alquimista.nigredo.sentimento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/** {@code sentiment.requested}, to Sentimento: a text to classify, from a lead's interação when it names one. */
@AgentEventType(value = AnaliseSolicitada.TYPE, source = "nigredo.sentimento")
public record AnaliseSolicitada(String texto, UUID leadId, UUID interacaoId) implements AgentEvent {

    public static final String TYPE = "sentiment.requested";

    public AnaliseSolicitada {
        Required.field(texto, "texto");
    }

    @Override
    public String correlationId() {
        return interacaoId == null ? null : interacaoId.toString();
    }
}
