package ai.alquimista.nigredo.disparo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Counts each time a limit held a tenant's message back, per rule and hour (nigredo_leads.disparo_limites_atingidos). */
final class LimitesAtingidos {

    private LimitesAtingidos() {}

    static void contar(Connection db, UUID tenantId, String motivo, Instant agora) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO nigredo_leads.disparo_limites_atingidos"
                + " (tenant_id, motivo, hora, vezes) VALUES (?, ?, ?, 1) ON CONFLICT (tenant_id, motivo, hora)"
                + " DO UPDATE SET vezes = nigredo_leads.disparo_limites_atingidos.vezes + 1")) {
            upsert.setObject(1, tenantId);
            upsert.setString(2, motivo);
            upsert.setTimestamp(3, Timestamp.from(agora.truncatedTo(ChronoUnit.HOURS)));
            upsert.executeUpdate();
        }
    }
}
