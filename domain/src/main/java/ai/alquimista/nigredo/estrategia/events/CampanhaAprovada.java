package ai.alquimista.nigredo.estrategia.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.UUID;

/** {@code nigredo.estrategia.completed}, to Disparo: a person approved the campaign; its sends may be scheduled. */
@AgentEventType(value = CampanhaAprovada.TYPE, source = "nigredo.disparo")
public record CampanhaAprovada(UUID campanhaId) implements AgentEvent {

    public static final String TYPE = "nigredo.estrategia.completed";

    public CampanhaAprovada {
        Required.field(campanhaId, "campanha_id");
    }

    @Override
    public String correlationId() {
        return campanhaId.toString();
    }
}
