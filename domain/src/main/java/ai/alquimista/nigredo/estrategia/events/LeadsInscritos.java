package ai.alquimista.nigredo.estrategia.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/**
 * {@code nigredo.estrategia.leads_enrolled}, to Disparo: an import's new leads joined a campaign that enrols its
 * segment's later leads on its own (approved or active); their sends may be scheduled as its first leads' were.
 */
@AgentEventType(value = LeadsInscritos.TYPE, source = "nigredo.disparo")
public record LeadsInscritos(UUID campanhaId, UUID importId, int leads) implements AgentEvent {

    public static final String TYPE = "nigredo.estrategia.leads_enrolled";

    public LeadsInscritos {
        Required.field(campanhaId, "campanha_id");
        Required.field(importId, "import_id");
    }

    @Override
    public String correlationId() {
        return campanhaId.toString();
    }
}
