package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's sending pace (nigredo_leads.disparo_ritmo): when it may send next. The row is also the tenant's
 * lock: a tick takes it with SKIP LOCKED, so on several instances each tenant is paced by one at a time.
 */
public final class Ritmo {

    private Ritmo() {}

    /** The tenant has sends from {@code quando} on: look at it no later than that. */
    public static void acordar(Connection db, UUID tenantId, Instant quando) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO nigredo_leads.disparo_ritmo (tenant_id,"
                + " proximo_envio_em) VALUES (?, ?) ON CONFLICT (tenant_id) DO UPDATE SET proximo_envio_em ="
                + " LEAST(nigredo_leads.disparo_ritmo.proximo_envio_em, EXCLUDED.proximo_envio_em)")) {
            upsert.setObject(1, tenantId);
            upsert.setTimestamp(2, Timestamp.from(quando));
            upsert.executeUpdate();
        }
    }

    /** Tenants whose next send is due, most overdue first (not locked: {@link #tomar} decides). */
    public static List<UUID> devidos(Connection db, Instant agora, int limite) throws SQLException {
        List<UUID> tenants = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT tenant_id FROM nigredo_leads.disparo_ritmo"
                + " WHERE proximo_envio_em <= ? ORDER BY proximo_envio_em LIMIT ?")) {
            select.setTimestamp(1, Timestamp.from(agora));
            select.setInt(2, limite);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tenants.add(row.getObject(1, UUID.class));
                }
            }
        }
        return tenants;
    }

    /** Locks the tenant's pace row for this transaction; false when another instance holds it or it is not due. */
    public static boolean tomar(Connection db, UUID tenantId, Instant agora) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT 1 FROM nigredo_leads.disparo_ritmo"
                + " WHERE tenant_id = ? AND proximo_envio_em <= ? FOR UPDATE SKIP LOCKED")) {
            select.setObject(1, tenantId);
            select.setTimestamp(2, Timestamp.from(agora));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The channels as a SQL text array, for {@code e.canal::text <> ALL (?)}. */
    static Array canais(Connection db, Set<CanalDeEnvio> canais) throws SQLException {
        return db.createArrayOf("text", canais.stream().map(CanalDeEnvio::name).toArray(Object[]::new));
    }

    public static void proximo(Connection db, UUID tenantId, Instant quando) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE nigredo_leads.disparo_ritmo SET proximo_envio_em = ?" + " WHERE tenant_id = ?")) {
            update.setTimestamp(1, Timestamp.from(quando));
            update.setObject(2, tenantId);
            update.executeUpdate();
        }
    }

    /** When the tenant's earliest waiting send (of an active campaign, or of a conversation) is due, if any. */
    public static Optional<Instant> proximoDevido(Connection db, UUID tenantId) throws SQLException {
        return proximoDevido(db, tenantId, Set.of());
    }

    /** As {@link #proximoDevido(Connection, UUID)}, leaving out the sends on the given channels. */
    public static Optional<Instant> proximoDevido(Connection db, UUID tenantId, Set<CanalDeEnvio> foraDosCanais)
            throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT min(e.due_at) FROM nigredo_leads.envios e"
                + " LEFT JOIN nigredo_leads.campanhas c ON c.id = e.campanha_id WHERE e.tenant_id = ?"
                + " AND e.status = 'agendado' AND e.canal::text <> ALL (?)"
                + " AND (e.tipo <> 'campanha' OR c.status = 'ativa')")) {
            select.setObject(1, tenantId);
            select.setArray(2, canais(db, foraDosCanais));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant);
            }
        }
    }
}
