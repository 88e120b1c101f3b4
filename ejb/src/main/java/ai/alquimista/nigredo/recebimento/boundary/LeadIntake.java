package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.recebimento.control.ImportRowWriter;
import ai.alquimista.nigredo.recebimento.control.ImportSettings;
import ai.alquimista.nigredo.recebimento.events.LeadsImportados;
import ai.alquimista.nigredo.recebimento.planilha.Linha;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.json.JsonAnswers;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Takes a tenant's leads in (the API's JSON, or a CSV/XLSX file read as a stream): stores the rows and, in the same transaction,
 * the event that hands them to the Recebimento agent, which validates, normalises and deduplicates
 * them in chunks. Answers at once with the import's id; progress and the non-conformity report
 * are at {@code GET /api/imports/{id}}.
 */
@Stateless
public class LeadIntake {

    public static final int MAX_ROWS = 10_000;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    ActivationGate gate;

    @Inject
    EventIntake events;

    @Inject
    AuditTrail audit;

    @Inject
    ImportSettings settings;

    /** 409 unless the tenant activated Recebimento; asked before a file is opened, so a refused upload is not read. */
    public void requireRecebimento(Caller caller) {
        if (!gate.allows(caller.tenantId(), Queue.RECEBIMENTO)) {
            throw new Conflict("activate the " + ActivationGate.agentId(Queue.RECEBIMENTO)
                    + " agent in the marketplace before sending leads");
        }
    }

    public ImportReceipt accept(Caller caller, String source, String fileName, List<JsonObject> rows) {
        Iterator<JsonObject> leads = rows.iterator();
        return accept(caller, source, fileName, new Iterator<Linha>() {
            private int number;

            @Override
            public boolean hasNext() {
                return leads.hasNext();
            }

            @Override
            public Linha next() {
                return Linha.lida(++number, leads.next());
            }
        });
    }

    /**
     * Takes rows in as they are read (a file's, streamed): rows are inserted in batches, never held together (see
     * {@link ImportRowWriter} for the rows refused at once). A file without rows is refused (400) and anything read
     * from the stream that throws rolls everything back.
     */
    public ImportReceipt accept(Caller caller, String source, String fileName, Iterator<Linha> rows) {
        requireRecebimento(caller);
        UUID importId = UUID.randomUUID();
        int total = 0;
        int refused = 0;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO nigredo_leads.imports"
                    + " (id, tenant_id, source, file_name, total_rows) VALUES (?, ?, ?, ?, 0)")) {
                insert.setObject(1, importId);
                insert.setObject(2, caller.tenantId());
                insert.setString(3, source);
                insert.setString(4, fileName);
                insert.executeUpdate();
            }
            try (ImportRowWriter writer = new ImportRowWriter(connection, importId)) {
                while (rows.hasNext()) {
                    writer.write(rows.next());
                }
                total = writer.written();
                refused = writer.refused();
            }
            if (total == 0) {
                throw new InvalidInput(List.of(new Violation("file", "the file has no leads")));
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE nigredo_leads.imports"
                    + " SET total_rows = ?, processed_rows = ?, rejected = ? WHERE id = ?")) {
                update.setInt(1, total);
                update.setInt(2, refused);
                update.setInt(3, refused);
                update.setObject(4, importId);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store import " + importId + ": " + e.getMessage(), e);
        }
        for (int chain = 0; chain < settings.chainsFor(total - refused); chain++) {
            events.publish(new LeadsImportados(importId), caller.tenantId());
        }
        JsonObjectBuilder details =
                Json.createObjectBuilder().add("source", source).add("rows", total);
        audit.record(
                caller,
                "lead.import",
                "import",
                importId.toString(),
                JsonAnswers.optional(details, "file_name", fileName).build());
        return ImportReceipt.of(importId, total);
    }
}
