package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.nigredo.recebimento.control.StalledImportsQuery.Stalled;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A stalled import as {@code GET /admin/chains} lists it: whose, which chain stopped ({@code import}: rows still to
 * receive; {@code planning}: received, never planned by Estratégia), since when, how far it got, and how often the
 * watchdog resumed it ({@code given_up} once it stopped trying).
 */
public record StalledImport(
        @JsonbProperty("import_id") UUID importId,
        @JsonbProperty("tenant_id") UUID tenantId,
        @JsonbProperty("company_name") String companyName,
        String chain,
        String status,
        @JsonbProperty("stalled_since") Instant stalledSince,
        int resumptions,
        @JsonbProperty("given_up") boolean givenUp,
        @JsonbProperty("total_rows") long totalRows,
        @JsonbProperty("processed_rows") long processedRows) {

    static StalledImport of(Stalled row, int maxResumptions) {
        return new StalledImport(
                row.importId(),
                row.tenantId(),
                row.companyName(),
                row.chain(),
                row.status(),
                row.since(),
                row.resumptions(),
                row.resumptions() >= maxResumptions,
                row.totalRows(),
                row.processedRows());
    }
}
