package ai.alquimista.nigredo.disparo.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.time.Instant;
import java.util.UUID;

/** {@code nigredo.disparo.sent}, to Atendimento: a message reached the provider; the conversation is Atendimento's. */
@AgentEventType(value = MensagemEnviada.TYPE, source = "nigredo.atendimento")
public record MensagemEnviada(
        UUID envioId,
        UUID campanhaId,
        UUID leadId,
        String etapa,
        String variante,
        String canal,
        String providerMessageId,
        Instant sentAt)
        implements AgentEvent {

    public static final String TYPE = "nigredo.disparo.sent";

    public MensagemEnviada {
        Required.field(envioId, "envio_id");
        Required.field(campanhaId, "campanha_id");
        Required.field(leadId, "lead_id");
        Required.field(canal, "canal");
        Required.field(sentAt, "sent_at");
    }

    @Override
    public String correlationId() {
        return envioId.toString();
    }
}
