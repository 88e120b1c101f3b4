package ai.alquimista.nigredo.recebimento.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What was taken in (202): the import, how many rows it has and, for a file, the columns it ignored; for a few
 * leads posted at once, which rows of the tenant's open lote are theirs. Progress and the non-conformity report are
 * at {@code GET /api/imports/{id}}.
 */
@Schema(description = "The import, its row count and, for a file, the columns it ignored")
public record ImportReceipt(
        @JsonbProperty("import_id") UUID importId,
        int rows,
        @JsonbProperty("ignored_columns") List<String> ignoredColumns,

        @Schema(
                description = "Only for a post of a few leads, gathered with the tenant's other posts of the"
                        + " moment into one import: the number of this post's first row in that import's report")
        @JsonbProperty("first_row")
        Integer firstRow) {

    public ImportReceipt(UUID importId, int rows, List<String> ignoredColumns) {
        this(importId, rows, ignoredColumns, null);
    }

    static ImportReceipt of(UUID importId, int rows) {
        return new ImportReceipt(importId, rows, null);
    }

    static ImportReceipt ofLote(UUID importId, int rows, int firstRow) {
        return new ImportReceipt(importId, rows, null, firstRow);
    }

    public ImportReceipt ignoring(List<String> columns) {
        return new ImportReceipt(importId, rows, columns, firstRow);
    }
}
