package ai.alquimista.testing;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An import as {@code LeadIntake} leaves it for the Recebimento agent: nigredo_leads.imports (recebido) with its
 * rows, numbered from 1, waiting in import_rows.
 */
public final class ImportBuilder {

    private final UUID tenantId;
    private final List<JsonObject> rows = new ArrayList<>();

    private ImportBuilder(UUID tenantId) {
        this.tenantId = tenantId;
    }

    public static ImportBuilder anImport(UUID tenantId) {
        return new ImportBuilder(tenantId);
    }

    public ImportBuilder row(JsonObject row) {
        rows.add(row);
        return this;
    }

    public ImportBuilder rows(List<JsonObject> rows) {
        this.rows.addAll(rows);
        return this;
    }

    public UUID insert(Connection db) throws SQLException {
        UUID id = UUID.randomUUID();
        Sql.update(
                db,
                "INSERT INTO nigredo_leads.imports (id, tenant_id, source, total_rows) VALUES (?, ?, 'api', ?)",
                id,
                tenantId,
                rows.size());
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO nigredo_leads.import_rows (import_id, row_number, data) VALUES (?, ?, ?::jsonb)")) {
            for (int i = 0; i < rows.size(); i++) {
                insert.setObject(1, id);
                insert.setInt(2, i + 1);
                insert.setString(3, rows.get(i).toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
    }

    public UUID insert(EmbeddedDatabase database) throws SQLException {
        return database.inTransaction(this::insert);
    }
}
