package ai.alquimista.nigredo.recebimento.events;

import ai.alquimista.fibonacci.events.AgentEvent;
import ai.alquimista.fibonacci.events.AgentEventType;
import ai.alquimista.fibonacci.events.Required;
import java.util.Map;
import java.util.UUID;

/**
 * {@code nigredo.recebimento.completed}, to Estratégia: the import is received; its accepted leads are counted per
 * segment.
 */
@AgentEventType(value = RecebimentoConcluido.TYPE, source = "nigredo.estrategia")
public record RecebimentoConcluido(UUID importId, Resumo summary) implements AgentEvent {

    public static final String TYPE = "nigredo.recebimento.completed";

    /** Accepted leads per segment ({@code sem-segmento} for those without one). */
    public record Resumo(Map<String, Integer> segmentos) {

        public Resumo {
            segmentos = segmentos == null ? Map.of() : segmentos;
        }
    }

    public RecebimentoConcluido {
        Required.field(importId, "import_id");
        summary = summary == null ? new Resumo(Map.of()) : summary;
    }

    @Override
    public String correlationId() {
        return importId.toString();
    }
}
