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
import java.util.Optional;
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

    /** The two chains an import's messages form, each with the agent that must be active and when it last moved. */
    public enum Chain {
        /**
         * Rows still waiting and no chunk received since the cutoff (nor since the last resumption). An open lote of
         * small posts ({@code aberto}) is not stalled: it is not handed to Recebimento yet, and the lotes' timer closes
         * it.
         */
        RECEIVING(
                "import",
                "nigredo-recebimento",
                "s.status IN ('recebido', 'processando')",
                "GREATEST(s.created_at, COALESCE(s.progressed_at, s.created_at), COALESCE(s.resumed_at, s.created_at))"),
        /**
         * Finished, not yet planned by Estratégia, finished after Estratégia was activated (an import received before
         * the tenant activated it is not planned afterwards), and neither finished nor resumed since the cutoff.
         */
        PLANNING(
                "planning",
                "nigredo-estrategia",
                "s.status = 'concluido' AND s.planned_at IS NULL AND s.finished_at >= a.activated_at",
                "GREATEST(s.finished_at, COALESCE(s.resumed_at, s.finished_at))");

        private final String label;
        private final String agent;
        private final String state;
        private final String movedAt;

        Chain(String label, String agent, String state, String movedAt) {
            this.label = label;
            this.agent = agent;
            this.state = state;
            this.movedAt = movedAt;
        }

        /** As the API and the metrics name it. */
        public String label() {
            return label;
        }

        /** Stalled: in this chain's state, not moved since the cutoff, resumed fewer times than the limit. */
        private String condition() {
            return state + " AND " + movedAt + " < ? AND s.resumptions < ?";
        }
    }

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    public List<Claimed> claimReceiving(Instant cutoff, Instant now, int maxResumptions, int limit) {
        return claim(Chain.RECEIVING, cutoff, now, maxResumptions, limit);
    }

    public List<Claimed> claimPlanning(Instant cutoff, Instant now, int maxResumptions, int limit) {
        return claim(Chain.PLANNING, cutoff, now, maxResumptions, limit);
    }

    /** How many imports are stalled now, claimed or not: receiving, waiting for planning, and given up on. */
    public record Counts(long receiving, long planning, long givenUp) {}

    /** A stalled import as an operator sees it: its chain ({@code import} or {@code planning}) and since when. */
    public record Stalled(
            UUID importId,
            UUID tenantId,
            String companyName,
            String chain,
            String status,
            Instant since,
            int resumptions,
            long totalRows,
            long processedRows) {}

    private static final String LISTED =
            "SELECT s.id, s.tenant_id, t.company_name, ?::text, s.status, %s, s.resumptions,"
                    + " s.total_rows, s.processed_rows FROM nigredo_leads.imports s" + ACTIVE + " WHERE %s";

    /**
     * Every stalled import, the watchdog's given-up ones included, the longest stalled first: what the console lists
     * for an operator to resume.
     */
    public List<Stalled> list(Instant cutoff, int limit) {
        String union = java.util.Arrays.stream(Chain.values())
                .map(chain -> LISTED.formatted(chain.movedAt, chain.condition()))
                .collect(java.util.stream.Collectors.joining(" UNION ALL "));
        List<Stalled> stalled = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement(union + " ORDER BY 6, 1 LIMIT ?")) {
            int at = 1;
            for (Chain chain : Chain.values()) {
                select.setString(at++, chain.label);
                select.setString(at++, chain.agent);
                select.setTimestamp(at++, Timestamp.from(cutoff));
                select.setInt(at++, Integer.MAX_VALUE);
            }
            select.setInt(at, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    stalled.add(new Stalled(
                            row.getObject(1, UUID.class),
                            row.getObject(2, UUID.class),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getTimestamp(6).toInstant(),
                            row.getInt(7),
                            row.getLong(8),
                            row.getLong(9)));
                }
            }
            return stalled;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list stalled imports: " + e.getMessage(), e);
        }
    }

    /** An import an operator claimed, and the chain it had stalled in. */
    public record ClaimedChain(Claimed claimed, Chain chain) {}

    /**
     * An operator resumes one stalled import now, given up on or not: claimed as the watchdog claims, in whichever
     * chain it stalled, with its resumptions counted from zero again so the watchdog keeps an eye on it. Empty when it
     * is not stalled (finished and planned, progressing, its tenant or agent not active, or being received right now).
     */
    public Optional<ClaimedChain> claimForOperator(UUID importId, Instant cutoff, Instant now) {
        try (Connection db = dataSource.getConnection()) {
            for (Chain chain : Chain.values()) {
                Optional<Claimed> claimed = claimOne(db, importId, chain, cutoff, now);
                if (claimed.isPresent()) {
                    return Optional.of(new ClaimedChain(claimed.get(), chain));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim import " + importId + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Claimed> claimOne(Connection db, UUID importId, Chain chain, Instant cutoff, Instant now)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.imports i SET resumed_at = ?,"
                + " resumptions = 0 WHERE i.id IN (SELECT s.id FROM nigredo_leads.imports s" + ACTIVE + " WHERE "
                + chain.condition()
                + " AND s.id = ? FOR UPDATE OF s SKIP LOCKED) RETURNING i.id, i.tenant_id, i.resumptions")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, chain.agent);
            update.setTimestamp(3, Timestamp.from(cutoff));
            update.setInt(4, Integer.MAX_VALUE);
            update.setObject(5, importId);
            try (ResultSet row = update.executeQuery()) {
                return row.next()
                        ? Optional.of(
                                new Claimed(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getInt(3)))
                        : Optional.empty();
            }
        }
    }

    public Counts count(Instant cutoff, int maxResumptions) {
        try (Connection db = dataSource.getConnection()) {
            return new Counts(
                    count(db, Chain.RECEIVING, cutoff, maxResumptions),
                    count(db, Chain.PLANNING, cutoff, maxResumptions),
                    count(db, "s.status <> 'concluido' AND s.resumptions >= ?", maxResumptions));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count stalled imports: " + e.getMessage(), e);
        }
    }

    private List<Claimed> claim(Chain chain, Instant cutoff, Instant now, int maxResumptions, int limit) {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement(
                        "UPDATE nigredo_leads.imports i SET resumed_at = ?, resumptions = i.resumptions + 1"
                                + " WHERE i.id IN (SELECT s.id FROM nigredo_leads.imports s" + ACTIVE + " WHERE "
                                + chain.condition() + " ORDER BY s.created_at LIMIT ? FOR UPDATE OF s SKIP LOCKED)"
                                + " RETURNING i.id, i.tenant_id, i.resumptions")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, chain.agent);
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

    private static long count(Connection db, Chain chain, Instant cutoff, int maxResumptions) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT count(*) FROM nigredo_leads.imports s" + ACTIVE + " WHERE " + chain.condition())) {
            select.setString(1, chain.agent);
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
