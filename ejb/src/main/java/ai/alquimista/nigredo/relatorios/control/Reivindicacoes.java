package ai.alquimista.nigredo.relatorios.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The daily report's claim (nigredo_leads.relatorios_diarios): the instance whose insert of a tenant's day succeeds
 * computes and sends it, in the same transaction; another instance's insert waits for that transaction and then
 * finds the row. If the work fails, the claim rolls back with it and the next tick tries again.
 */
public final class Reivindicacoes {

    private Reivindicacoes() {}

    public static boolean reivindicar(Connection db, UUID tenantId, LocalDate data, String instancia)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.relatorios_diarios"
                + " (tenant_id, data, instancia, gestores) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, tenantId);
            insert.setObject(2, data);
            insert.setString(3, instancia);
            return insert.executeUpdate() == 1;
        }
    }

    public static boolean feito(Connection db, UUID tenantId, LocalDate data) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT 1 FROM nigredo_leads.relatorios_diarios WHERE tenant_id = ? AND data = ?")) {
            select.setObject(1, tenantId);
            select.setObject(2, data);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    public static void enviado(Connection db, UUID tenantId, LocalDate data, int gestores) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE nigredo_leads.relatorios_diarios SET gestores = ? WHERE tenant_id = ? AND data = ?")) {
            update.setInt(1, gestores);
            update.setObject(2, tenantId);
            update.setObject(3, data);
            update.executeUpdate();
        }
    }
}
