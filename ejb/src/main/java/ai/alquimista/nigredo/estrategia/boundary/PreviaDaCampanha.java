package ai.alquimista.nigredo.estrategia.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The messages of a campaign's first leads, rendered as each would receive them. */
@Schema(description = "The messages of the campaign's first leads, rendered as each would receive them")
@JsonbPropertyOrder({"campanhaId", "items"})
public record PreviaDaCampanha(@JsonbProperty("campanha_id") String campanhaId, List<PreviaDoLead> items) {}
