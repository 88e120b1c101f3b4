package ai.alquimista.nigredo.recebimento.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Batches an import's non-conformity report rows (nigredo_leads.import_issues): row, field, problem. */
public final class ImportIssues implements AutoCloseable {

    private final PreparedStatement insert;
    private final UUID importId;

    public ImportIssues(Connection db, UUID importId) throws SQLException {
        this.insert =
                db.prepareStatement("INSERT INTO nigredo_leads.import_issues (import_id, row_number, field, problem)"
                        + " VALUES (?, ?, ?, ?)");
        this.importId = importId;
    }

    public void add(int row, String field, String problem) throws SQLException {
        insert.setObject(1, importId);
        insert.setInt(2, row);
        insert.setString(3, field);
        insert.setString(4, problem);
        insert.addBatch();
    }

    public void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
