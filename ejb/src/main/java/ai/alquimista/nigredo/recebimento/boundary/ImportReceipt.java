package ai.alquimista.nigredo.recebimento.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What was taken in (202): the import, how many rows it has and, for a file, the columns it ignored. Progress and
 * the non-conformity report are at {@code GET /api/imports/{id}}.
 */
@Schema(description = "The import, its row count and, for a file, the columns it ignored")
public record ImportReceipt(
        @JsonbProperty("import_id") UUID importId,
        int rows,
        @JsonbProperty("ignored_columns") List<String> ignoredColumns) {

    static ImportReceipt of(UUID importId, int rows) {
        return new ImportReceipt(importId, rows, null);
    }

    public ImportReceipt ignoring(List<String> columns) {
        return new ImportReceipt(importId, rows, columns);
    }
}
