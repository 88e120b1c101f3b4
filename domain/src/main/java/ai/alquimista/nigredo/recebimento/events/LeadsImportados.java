package ai.alquimista.nigredo.recebimento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.Required;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.UUID;

/**
 * {@code leads.imported}, to Recebimento: rows of this import wait to be received. Recebimento sends it to itself
 * again while rows remain, one chunk per message.
 */
public record LeadsImportados(UUID importId) implements AgentEvent {

    public static final String TYPE = "leads.imported";

    public LeadsImportados {
        Required.field(importId, "import_id");
    }

    @Override
    @JsonbTransient
    public String type() {
        return TYPE;
    }

    @Override
    @JsonbTransient
    public String source() {
        return "nigredo.recebimento";
    }

    @Override
    @JsonbTransient
    public String correlationId() {
        return importId.toString();
    }
}
