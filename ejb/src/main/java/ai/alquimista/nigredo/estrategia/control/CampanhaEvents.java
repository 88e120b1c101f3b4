package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.fibonacci.events.EventSubmission;
import ai.alquimista.shared.ids.Ids;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;

/** The events of a campaign's life on the bus. */
public final class CampanhaEvents {

    /** To Disparo: a person approved the campaign; its messages may be scheduled. */
    public static final String COMPLETED = "nigredo.estrategia.completed";

    private CampanhaEvents() {}

    public static EventSubmission aprovada(UUID campanhaId, UUID tenantId) {
        JsonObject detail = Json.createObjectBuilder()
                .add("campanha_id", campanhaId.toString())
                .add("context", EventSubmission.tenantContext(tenantId))
                .build();
        return new EventSubmission("nigredo.disparo", COMPLETED, detail, Optional.of(campanhaId.toString()));
    }

    public static Optional<UUID> campanhaId(JsonObject detail) {
        return Ids.parse(detail.getString("campanha_id", null));
    }
}
