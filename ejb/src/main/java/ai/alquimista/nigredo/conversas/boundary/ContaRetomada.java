package ai.alquimista.nigredo.conversas.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many held sends to the company's other people go on. */
@Schema(description = "Envios da empresa liberados")
public record ContaRetomada(
        @JsonbProperty("envios_liberados") long enviosLiberados) {}
