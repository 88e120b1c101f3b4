package ai.alquimista.nigredo.chains.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.UUID;

/** {@code POST /admin/chains/{id}/resume} answers: the import and the chain it was resumed in. */
public record ResumedImport(@JsonbProperty("import_id") UUID importId, String chain) {}
