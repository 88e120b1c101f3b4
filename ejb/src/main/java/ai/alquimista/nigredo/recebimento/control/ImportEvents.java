package ai.alquimista.nigredo.recebimento.control;

import ai.alquimista.fibonacci.events.EventSubmission;
import ai.alquimista.shared.ids.Ids;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;

/** The events of an import's life on the bus. */
public final class ImportEvents {

    public static final String ROWS_TO_PROCESS = "leads.imported";
    public static final String COMPLETED = "nigredo.recebimento.completed";

    private ImportEvents() {}

    /** To Recebimento: rows of this import wait to be received (sent again while rows remain). */
    public static EventSubmission rowsToProcess(UUID importId, UUID tenantId) {
        return new EventSubmission(
                "nigredo.recebimento",
                ROWS_TO_PROCESS,
                detail(importId, tenantId).build(),
                Optional.of(importId.toString()));
    }

    /** To Estratégia: the import is received; its accepted leads are grouped by segment. */
    public static EventSubmission completed(UUID importId, UUID tenantId, JsonObject summary) {
        return new EventSubmission(
                "nigredo.estrategia",
                COMPLETED,
                detail(importId, tenantId).add("summary", summary).build(),
                Optional.of(importId.toString()));
    }

    private static jakarta.json.JsonObjectBuilder detail(UUID importId, UUID tenantId) {
        return Json.createObjectBuilder()
                .add("import_id", importId.toString())
                .add("context", EventSubmission.tenantContext(tenantId));
    }

    public static Optional<UUID> importId(JsonObject detail) {
        return Ids.parse(detail.getString("import_id", null));
    }
}
