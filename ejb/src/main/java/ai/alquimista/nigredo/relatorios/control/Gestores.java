package ai.alquimista.nigredo.relatorios.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The tenant's managers: its active users with the admin or manager role, who receive the daily report. */
public final class Gestores {

    private Gestores() {}

    public static List<String> emails(Connection db, UUID tenantId) throws SQLException {
        List<String> emails = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT email FROM alquimista_platform.users"
                + " WHERE tenant_id = ? AND role IN ('admin', 'manager') AND status = 'ativo' ORDER BY email")) {
            select.setObject(1, tenantId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    emails.add(row.getString(1));
                }
            }
        }
        return emails;
    }
}
