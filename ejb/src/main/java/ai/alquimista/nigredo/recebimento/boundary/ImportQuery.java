package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** An import's progress and its non-conformity report (row, field, problem), for its own tenant only. */
@Stateless
public class ImportQuery {

    private static final int MAX_ISSUES = 5_000;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    public ImportReport describe(Caller caller, UUID importId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("SELECT source, file_name, status, total_rows,"
                        + " processed_rows, accepted, duplicates, rejected, suppressed, created_at, finished_at"
                        + " FROM nigredo_leads.imports WHERE id = ? AND tenant_id = ?")) {
            select.setObject(1, importId);
            select.setObject(2, caller.tenantId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no import " + importId);
                }
                return report(importId, row, issues(db, importId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read import " + importId + ": " + e.getMessage(), e);
        }
    }

    private static ImportReport report(UUID importId, ResultSet row, List<ImportIssue> issues) throws SQLException {
        return new ImportReport(
                importId,
                row.getString("source"),
                row.getString("file_name"),
                row.getString("status"),
                row.getInt("total_rows"),
                row.getInt("processed_rows"),
                row.getInt("accepted"),
                row.getInt("duplicates"),
                row.getInt("rejected"),
                row.getInt("suppressed"),
                instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("finished_at")),
                issues);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<ImportIssue> issues(Connection db, UUID importId) throws SQLException {
        List<ImportIssue> issues = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT row_number, field, problem"
                + " FROM nigredo_leads.import_issues WHERE import_id = ? ORDER BY row_number, field LIMIT "
                + MAX_ISSUES)) {
            select.setObject(1, importId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    issues.add(new ImportIssue(row.getInt(1), row.getString(2), row.getString(3)));
                }
            }
        }
        return issues;
    }
}
