package ai.alquimista.nigredo.canais.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/**
 * {@code canal.email.recebido}, to Disparo: Amazon SES delivered (through a verified SNS notification) a reply, a
 * bounce or a complaint that concerns the tenant; the notification is the stored webhook {@code webhookId}.
 */
@AgentEventType(value = EmailRecebido.TYPE, source = "nigredo.disparo")
public record EmailRecebido(UUID webhookId) implements AgentEvent {

    public static final String TYPE = "canal.email.recebido";

    public EmailRecebido {
        Required.field(webhookId, "webhook_id");
    }

    @Override
    public String correlationId() {
        return webhookId.toString();
    }
}
