package ai.alquimista.nigredo.recebimento.control;

import ai.alquimista.nigredo.recebimento.Celulas;
import ai.alquimista.nigredo.recebimento.Inconformidade;
import ai.alquimista.nigredo.recebimento.planilha.Linha;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Stores an import's raw rows in batches: a row that could not be read becomes an issue of the import (field
 * "linha"), a row with a cell the database cannot store (a control character) an issue of that field, and either
 * counts as received and refused at once, never stored.
 */
public final class ImportRowWriter implements AutoCloseable {

    private static final int BATCH = 500;

    private final UUID importId;
    private final PreparedStatement insert;
    private final ImportIssues issues;
    private int batched;
    private int written;
    private int refused;

    public ImportRowWriter(Connection db, UUID importId) throws SQLException {
        this.importId = importId;
        this.insert = db.prepareStatement(
                "INSERT INTO nigredo_leads.import_rows (import_id, row_number, data) VALUES (?, ?, ?::jsonb)");
        this.issues = new ImportIssues(db, importId);
    }

    public void write(Linha row) throws SQLException {
        written++;
        if (row.malformada()) {
            issues.add(row.numero(), "linha", row.problema());
            refused++;
        } else {
            List<Inconformidade> unstorable = Celulas.inconformidades(row.dados());
            for (Inconformidade inconformidade : unstorable) {
                issues.add(row.numero(), inconformidade.campo(), inconformidade.message());
            }
            if (unstorable.isEmpty()) {
                insert.setObject(1, importId);
                insert.setInt(2, row.numero());
                insert.setString(3, row.dados().toString());
                insert.addBatch();
            } else {
                refused++;
            }
        }
        if (++batched == BATCH) {
            flush();
        }
    }

    /** Rows seen, stored or not. */
    public int written() {
        return written;
    }

    /** Rows received and refused at once. */
    public int refused() {
        return refused;
    }

    private void flush() throws SQLException {
        insert.executeBatch();
        issues.flush();
        batched = 0;
    }

    @Override
    public void close() throws SQLException {
        try (insert;
                issues) {
            flush();
        }
    }
}
