package ai.alquimista.nigredo.sentimento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.Required;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.UUID;

/** {@code sentiment.requested}, to Sentimento: a text to classify, from a lead's interação when it names one. */
public record AnaliseSolicitada(String texto, UUID leadId, UUID interacaoId) implements AgentEvent {

    public static final String TYPE = "sentiment.requested";

    public AnaliseSolicitada {
        Required.field(texto, "texto");
    }

    @Override
    @JsonbTransient
    public String type() {
        return TYPE;
    }

    @Override
    @JsonbTransient
    public String source() {
        return "nigredo.sentimento";
    }

    @Override
    @JsonbTransient
    public String correlationId() {
        return interacaoId == null ? null : interacaoId.toString();
    }
}
