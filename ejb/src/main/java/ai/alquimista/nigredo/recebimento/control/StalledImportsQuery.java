package ai.alquimista.nigredo.recebimento.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
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

/**
 * Imports whose chain of messages stopped, found in the database (so it works on Amazon SQS too) and claimed with
 * {@code UPDATE … RETURNING} over rows taken {@code FOR UPDATE SKIP LOCKED}: an import being received right now is
 * locked by its chunk and skipped, and an import resumed by one instance is not stalled again for another instance
 * until a whole stall window has passed since that resumption. Only imports of active tenants whose agent is active
 * are resumed (the agents would refuse the message otherwise), and each at most {@code maxResumptions} times.
 */
@Dependent
public class StalledImportsQuery {

    /** An import the watchdog claimed, with how many times it has now been resumed. */
    public record Claimed(UUID importId, UUID tenantId, int resumptions) {}

    private static final String ACTIVE =
            " JOIN alquimista_platform.tenants t ON t.id = s.tenant_id AND t.status = 'ativo'"
                    + " JOIN alquimista_platform.agent_activations a ON a.tenant_id = s.tenant_id AND a.agent_id = ?"
                    + " AND a.status = 'ativo'";

    /**
     * Rows still waiting and no chunk received since the cutoff (nor since the last resumption). An open lote of small
     * posts ({@code aberto}) is not stalled: it is not handed to Recebimento yet, and the lotes' timer closes it.
     */
    private static final String RECEIVING = "s.status IN ('recebido', 'processando')"
            + " AND GREATEST(s.created_at, COALESCE(s.progressed_at, s.created_at), COALESCE(s.resumed_at, s.created_at))"
            + " < ? AND s.resumptions < ?";

    /**
     * Finished, not yet planned by Estratégia, finished after Estratégia was activated (an import received before
     * the tenant activated it is not planned afterwards), and neither finished nor resumed since the cutoff.
     */
    private static final String PLANNING = "s.status = 'concluido' AND s.planned_at IS NULL"
            + " AND s.finished_at >= a.activated_at"
            + " AND GREATEST(s.finished_at, COALESCE(s.resumed_at, s.finished_at)) < ? AND s.resumptions < ?";

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    public List<Claimed> claimReceiving(Instant cutoff, Instant now, int maxResumptions, int limit) {
        return claim(RECEIVING, "nigredo-recebimento", cutoff, now, maxResumptions, limit);
    }

    public List<Claimed> claimPlanning(Instant cutoff, Instant now, int maxResumptions, int limit) {
        return claim(PLANNING, "nigredo-estrategia", cutoff, now, maxResumptions, limit);
    }

    /** How many imports are stalled now, claimed or not: receiving, waiting for planning, and given up on. */
    public record Counts(long receiving, long planning, long givenUp) {}

    public Counts count(Instant cutoff, int maxResumptions) {
        try (Connection db = dataSource.getConnection()) {
            return new Counts(
                    count(db, RECEIVING, "nigredo-recebimento", cutoff, maxResumptions),
                    count(db, PLANNING, "nigredo-estrategia", cutoff, maxResumptions),
                    count(db, "s.status <> 'concluido' AND s.resumptions >= ?", maxResumptions));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count stalled imports: " + e.getMessage(), e);
        }
    }

    private List<Claimed> claim(
            String condition, String agent, Instant cutoff, Instant now, int maxResumptions, int limit) {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement(
                        "UPDATE nigredo_leads.imports i SET resumed_at = ?, resumptions = i.resumptions + 1"
                                + " WHERE i.id IN (SELECT s.id FROM nigredo_leads.imports s" + ACTIVE + " WHERE "
                                + condition + " ORDER BY s.created_at LIMIT ? FOR UPDATE OF s SKIP LOCKED)"
                                + " RETURNING i.id, i.tenant_id, i.resumptions")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, agent);
            update.setTimestamp(3, Timestamp.from(cutoff));
            update.setInt(4, maxResumptions);
            update.setInt(5, limit);
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    claimed.add(
                            new Claimed(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getInt(3)));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim stalled imports: " + e.getMessage(), e);
        }
    }

    private static long count(Connection db, String condition, String agent, Instant cutoff, int maxResumptions)
            throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT count(*) FROM nigredo_leads.imports s" + ACTIVE + " WHERE " + condition)) {
            select.setString(1, agent);
            select.setTimestamp(2, Timestamp.from(cutoff));
            select.setInt(3, maxResumptions);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long count(Connection db, String condition, int maxResumptions) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT count(*) FROM nigredo_leads.imports s WHERE " + condition)) {
            select.setInt(1, maxResumptions);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
