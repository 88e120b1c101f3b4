package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.json.JsonAnswers;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;

/** An import's progress and its non-conformity report (row, field, problem), for its own tenant only. */
@Stateless
public class ImportQuery {

    private static final int MAX_ISSUES = 5_000;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    public JsonObject describe(Caller caller, UUID importId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("SELECT source, file_name, status, total_rows,"
                        + " processed_rows, accepted, duplicates, rejected, created_at, finished_at"
                        + " FROM nigredo_leads.imports WHERE id = ? AND tenant_id = ?")) {
            select.setObject(1, importId);
            select.setObject(2, caller.tenantId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no import " + importId);
                }
                JsonObjectBuilder json = Json.createObjectBuilder()
                        .add("id", importId.toString())
                        .add("source", row.getString("source"))
                        .add("status", row.getString("status"))
                        .add("total_rows", row.getInt("total_rows"))
                        .add("processed_rows", row.getInt("processed_rows"))
                        .add("accepted", row.getInt("accepted"))
                        .add("duplicates", row.getInt("duplicates"))
                        .add("rejected", row.getInt("rejected"))
                        .add(
                                "created_at",
                                row.getTimestamp("created_at").toInstant().toString())
                        .add("issues", issues(db, importId));
                JsonAnswers.optional(json, "file_name", row.getString("file_name"));
                Timestamp finishedAt = row.getTimestamp("finished_at");
                return JsonAnswers.optional(json, "finished_at", finishedAt == null ? null : finishedAt.toInstant())
                        .build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read import " + importId + ": " + e.getMessage(), e);
        }
    }

    private static JsonArrayBuilder issues(Connection db, UUID importId) throws SQLException {
        JsonArrayBuilder issues = Json.createArrayBuilder();
        try (PreparedStatement select = db.prepareStatement("SELECT row_number, field, problem"
                + " FROM nigredo_leads.import_issues WHERE import_id = ? ORDER BY row_number, field LIMIT "
                + MAX_ISSUES)) {
            select.setObject(1, importId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    issues.add(Json.createObjectBuilder()
                            .add("row", row.getInt(1))
                            .add("field", row.getString(2))
                            .add("problem", row.getString(3)));
                }
            }
        }
        return issues;
    }
}
