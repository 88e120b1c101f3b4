package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.recebimento.control.ImportEvents;
import ai.alquimista.platform.agents.control.ActivationGate;
import ai.alquimista.platform.audit.control.AuditTrail;
import ai.alquimista.platform.auth.control.Caller;
import ai.alquimista.shared.errors.Conflict;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Takes a tenant's leads in (the API's JSON today): stores the rows and, in the same transaction,
 * the event that hands them to the Recebimento agent, which validates, normalises and deduplicates
 * them in chunks. Answers at once with the import's id; progress and the non-conformity report
 * are at {@code GET /api/imports/{id}}.
 */
@Stateless
public class LeadIntake {

    public static final int MAX_ROWS = 10_000;
    private static final int BATCH = 500;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    ActivationGate gate;

    @Inject
    EventIntake events;

    @Inject
    AuditTrail audit;

    public UUID accept(Caller caller, String source, String fileName, List<JsonObject> rows) {
        if (!gate.allows(caller.tenantId(), Queue.RECEBIMENTO)) {
            throw new Conflict("activate the " + ActivationGate.agentId(Queue.RECEBIMENTO)
                    + " agent in the marketplace before sending leads");
        }
        UUID importId = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO nigredo_leads.imports"
                    + " (id, tenant_id, source, file_name, total_rows) VALUES (?, ?, ?, ?, ?)")) {
                insert.setObject(1, importId);
                insert.setObject(2, caller.tenantId());
                insert.setString(3, source);
                insert.setString(4, fileName);
                insert.setInt(5, rows.size());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO nigredo_leads.import_rows"
                    + " (import_id, row_number, data) VALUES (?, ?, ?::jsonb)")) {
                for (int i = 0; i < rows.size(); i++) {
                    insert.setObject(1, importId);
                    insert.setInt(2, i + 1);
                    insert.setString(3, rows.get(i).toString());
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store import " + importId + ": " + e.getMessage(), e);
        }
        events.accept(ImportEvents.rowsToProcess(importId, caller.tenantId()));
        audit.record(caller, "lead.import", "import", importId.toString(),
                Json.createObjectBuilder().add("source", source).add("rows", rows.size()).build());
        return importId;
    }
}
