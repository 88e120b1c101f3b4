package ai.alquimista.nigredo.recebimento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/**
 * {@code leads.imported}, to Recebimento: rows of this import wait to be received. Recebimento sends it to itself
 * again while rows remain, one chunk per message.
 */
@AgentEventType(value = LeadsImportados.TYPE, source = "nigredo.recebimento")
public record LeadsImportados(UUID importId) implements AgentEvent {

    public static final String TYPE = "leads.imported";

    public LeadsImportados {
        Required.field(importId, "import_id");
    }

    @Override
    public String correlationId() {
        return importId.toString();
    }
}
