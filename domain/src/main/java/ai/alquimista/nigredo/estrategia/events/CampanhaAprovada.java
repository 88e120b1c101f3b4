package ai.alquimista.nigredo.estrategia.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.Required;
import jakarta.json.bind.annotation.JsonbTransient;
import java.util.UUID;

/** {@code nigredo.estrategia.completed}, to Disparo: a person approved the campaign; its sends may be scheduled. */
public record CampanhaAprovada(UUID campanhaId) implements AgentEvent {

    public static final String TYPE = "nigredo.estrategia.completed";

    public CampanhaAprovada {
        Required.field(campanhaId, "campanha_id");
    }

    @Override
    @JsonbTransient
    public String type() {
        return TYPE;
    }

    @Override
    @JsonbTransient
    public String source() {
        return "nigredo.disparo";
    }

    @Override
    @JsonbTransient
    public String correlationId() {
        return campanhaId.toString();
    }
}
