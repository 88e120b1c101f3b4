package ai.alquimista.nigredo.recebimento.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import's progress and its non-conformity report. */
public record ImportReport(
        UUID id,
        String source,
        @JsonbProperty("file_name") String fileName,
        String status,
        @JsonbProperty("total_rows") int totalRows,
        @JsonbProperty("processed_rows") int processedRows,
        int accepted,
        int duplicates,
        int rejected,
        int suppressed,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("finished_at") Instant finishedAt,
        List<ImportIssue> issues) {}
