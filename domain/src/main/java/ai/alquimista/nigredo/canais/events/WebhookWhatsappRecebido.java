package ai.alquimista.nigredo.canais.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/**
 * {@code canal.whatsapp.recebido}, to Disparo: Meta posted a signed webhook (kept as {@code webhookId}) with changes
 * for the tenant's WhatsApp number {@code phoneNumberId}; Disparo reads that number's messages and statuses from it.
 */
@AgentEventType(value = WebhookWhatsappRecebido.TYPE, source = "nigredo.disparo")
public record WebhookWhatsappRecebido(UUID webhookId, String phoneNumberId) implements AgentEvent {

    public static final String TYPE = "canal.whatsapp.recebido";

    public WebhookWhatsappRecebido {
        Required.field(webhookId, "webhook_id");
        Required.field(phoneNumberId, "phone_number_id");
    }

    @Override
    public String correlationId() {
        return webhookId + ":" + phoneNumberId;
    }
}
