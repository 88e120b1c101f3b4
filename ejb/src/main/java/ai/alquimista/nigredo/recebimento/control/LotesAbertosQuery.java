package ai.alquimista.nigredo.recebimento.control;

import java.sql.Array;
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
 * The tenant's open lote, an import in status {@code aberto}, which small posts join without waiting for each
 * other:
 *
 * <ul>
 *   <li>a post reserves its row numbers with one upsert in a transaction of its own, so the lote row's lock lasts
 *       that statement only;
 *   <li>it writes its rows holding the lote's advisory lock in shared mode, which other posts share;
 *   <li>closing is two steps: the lote stops taking posts ({@code fechando}, so the tenant's next post opens the
 *       next lote at once), then its lock is taken exclusively, which waits only for the posts still being written
 *       into it, and its rows are counted: a post that reserved and never wrote (rolled back, or found its lote
 *       closing and joined the next) leaves a gap in the numbers, never a row the import waits for.
 * </ul>
 */
public final class LotesAbertosQuery {

    /** The advisory locks' first key ("Lote"): lotes never share a key with anything else that locks. */
    private static final int LOTE_LOCKS = 0x4c6f7465;

    /** The lote a post joined, and the number its first row takes there. */
    public record Lugar(UUID importId, int firstRow) {}

    /** A lote just closed, to hand to Recebimento. */
    public record LoteFechado(UUID importId, UUID tenantId) {}

    private LotesAbertosQuery() {}

    /** Opens the tenant's lote or joins it, counting the post's rows there; meant to commit at once. */
    public static Lugar reservar(Connection db, UUID tenantId, int rows, Instant now) throws SQLException {
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

    /**
     * Takes the lote's lock in shared mode until the transaction ends; whether the lote is still open, so the post's
     * rows may be written there.
     */
    public static boolean entrar(Connection db, UUID importId) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT pg_advisory_xact_lock_shared(?, ?)")) {
            lock.setInt(1, LOTE_LOCKS);
            lock.setInt(2, importId.hashCode());
            lock.execute();
        }
        try (PreparedStatement status =
                db.prepareStatement("SELECT status = 'aberto' FROM nigredo_leads.imports WHERE id = ?")) {
            status.setObject(1, importId);
            try (ResultSet result = status.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Stops every lote opened at or before {@code openedBy} taking posts; how many stopped. */
    public static int encerrar(Connection db, Instant openedBy) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.imports SET status = 'fechando'"
                + " WHERE status = 'aberto' AND created_at <= ?")) {
            update.setTimestamp(1, Timestamp.from(openedBy));
            return update.executeUpdate();
        }
    }

    /**
     * Closes every lote that stopped taking posts: each lote's lock is taken exclusively (in id order, so two
     * instances closing at once cannot deadlock), and its counts become what its posts wrote: the rows stored, and
     * the rows refused at once (each with its issue), which count as processed and rejected, as in any import.
     */
    public static List<LoteFechado> fechar(Connection db) throws SQLException {
        List<UUID> due = encerrados(db);
        if (due.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement lock = db.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            for (UUID importId : due) {
                lock.setInt(1, LOTE_LOCKS);
                lock.setInt(2, importId.hashCode());
                lock.execute();
            }
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.imports i SET status = 'recebido',"
                + " total_rows = c.stored + c.refused, processed_rows = c.refused, rejected = c.refused"
                + " FROM (SELECT x.id,"
                + " (SELECT count(*) FROM nigredo_leads.import_rows r WHERE r.import_id = x.id) AS stored,"
                + " (SELECT count(DISTINCT s.row_number) FROM nigredo_leads.import_issues s"
                + " WHERE s.import_id = x.id) AS refused"
                + " FROM unnest(?::uuid[]) AS x (id)) c"
                + " WHERE i.id = c.id AND i.status = 'fechando' RETURNING i.id, i.tenant_id")) {
            Array ids = db.createArrayOf("uuid", due.toArray());
            update.setArray(1, ids);
            List<LoteFechado> closed = new ArrayList<>();
            try (ResultSet result = update.executeQuery()) {
                while (result.next()) {
                    closed.add(new LoteFechado(result.getObject(1, UUID.class), result.getObject(2, UUID.class)));
                }
            }
            return closed;
        }
    }

    private static List<UUID> encerrados(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                        "SELECT id FROM nigredo_leads.imports WHERE status = 'fechando' ORDER BY id");
                ResultSet result = select.executeQuery()) {
            List<UUID> due = new ArrayList<>();
            while (result.next()) {
                due.add(result.getObject(1, UUID.class));
            }
            return due;
        }
    }
}
