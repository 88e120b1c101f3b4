package ai.alquimista.nigredo.canais.boundary;

import jakarta.json.JsonArray;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A message the sandbox channel recorded instead of sending it, with the replies simulated since ({@code respostas}:
 * {@code [{texto, created_at}]}, gathered by the query itself) and the names of the files it carried ({@code anexos}, e.g.
 * a meeting's {@code convite.ics}).
 */
public record SandboxMensagem(
        UUID id,
        @JsonbProperty("envio_id") UUID envioId,
        @JsonbProperty("lead_id") UUID leadId,
        String empresa,
        String canal,
        String destinatario,
        String assunto,
        String corpo,
        String modelo,
        @JsonbProperty("created_at") Instant createdAt,
        JsonArray respostas,
        JsonArray anexos) {}
