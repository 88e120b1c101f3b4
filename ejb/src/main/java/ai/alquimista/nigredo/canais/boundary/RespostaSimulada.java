package ai.alquimista.nigredo.canais.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A simulated reply (201): the interação recorded, its lead, and whether it unsubscribed the lead. */
@Schema(description = "The interação recorded, its lead, and whether the reply unsubscribed the lead")
public record RespostaSimulada(
        UUID id, @JsonbProperty("lead_id") UUID leadId, boolean descadastro) {}
