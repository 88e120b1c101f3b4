package ai.alquimista.nigredo.recebimento.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tenant's open lote, an import in status {@code aberto}: a post of a few leads joins it (or opens it) with one
 * upsert, which also counts its rows and holds the lote's row lock until the post commits; closing waits for that
 * lock, so a lote is never closed with a post half-written into it.
 */
public final class LotesAbertosQuery {

    /** The lote a post joined, and the number its first row takes there. */
    public record Lugar(UUID importId, int firstRow) {}

    /** A lote just closed, to hand to Recebimento. */
    public record LoteFechado(UUID importId, UUID tenantId) {}

    private LotesAbertosQuery() {}

    public static Lugar juntar(Connection db, UUID tenantId, int rows, Instant now) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO nigredo_leads.imports"
                + " (tenant_id, source, status, total_rows, created_at) VALUES (?, 'api', 'aberto', ?, ?)"
                + " ON CONFLICT (tenant_id) WHERE status = 'aberto'"
                + " DO UPDATE SET total_rows = imports.total_rows + excluded.total_rows"
                + " RETURNING id, total_rows")) {
            upsert.setObject(1, tenantId);
            upsert.setInt(2, rows);
            upsert.setTimestamp(3, Timestamp.from(now));
            try (ResultSet result = upsert.executeQuery()) {
                result.next();
                return new Lugar(result.getObject(1, UUID.class), result.getInt(2) - rows + 1);
            }
        }
    }

    /** Rows of a post that were refused at once count as processed and rejected, as in any import. */
    public static void recusadas(Connection db, UUID importId, int refused) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.imports"
                + " SET processed_rows = processed_rows + ?, rejected = rejected + ? WHERE id = ?")) {
            update.setInt(1, refused);
            update.setInt(2, refused);
            update.setObject(3, importId);
            update.executeUpdate();
        }
    }

    /**
     * Closes every lote opened at or before {@code openedBy}. Not SKIP LOCKED: a busy tenant's lote is locked by one
     * post or another nearly all the time, and must still close; another instance closing the same lote waits and
     * then finds it no longer {@code aberto}.
     */
    public static List<LoteFechado> fechar(Connection db, Instant openedBy) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.imports SET status = 'recebido'"
                + " WHERE status = 'aberto' AND created_at <= ? RETURNING id, tenant_id")) {
            update.setTimestamp(1, Timestamp.from(openedBy));
            List<LoteFechado> closed = new ArrayList<>();
            try (ResultSet result = update.executeQuery()) {
                while (result.next()) {
                    closed.add(new LoteFechado(result.getObject(1, UUID.class), result.getObject(2, UUID.class)));
                }
            }
            return closed;
        }
    }
}
