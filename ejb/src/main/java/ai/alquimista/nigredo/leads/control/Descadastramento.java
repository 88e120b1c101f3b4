package ai.alquimista.nigredo.leads.control;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * LGPD opt-out: the recipient goes on the tenant's blocklist, the lead becomes descadastrado and every send still
 * waiting for it is closed. Whatever the channel it came through (an unsubscribe link, a SAIR reply).
 */
@Dependent
public class Descadastramento {

    public void descadastrar(Connection db, UUID tenantId, UUID leadId, String canal, String destinatario, String motivo)
            throws SQLException {
        boolean whatsapp = "whatsapp".equals(canal);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.blocklist (id, tenant_id, lead_id,"
                + " telefone, email, motivo) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
                + " nigredo_leads.blocklist WHERE tenant_id = ? AND (telefone = ? OR email = ?))")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, tenantId);
            insert.setObject(3, leadId);
            insert.setString(4, whatsapp ? destinatario : null);
            insert.setString(5, whatsapp ? null : destinatario);
            insert.setString(6, motivo);
            insert.setObject(7, tenantId);
            insert.setString(8, whatsapp ? destinatario : null);
            insert.setString(9, whatsapp ? null : destinatario);
            insert.executeUpdate();
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.leads SET status = 'descadastrado',"
                + " updated_at = now() WHERE id = ? AND tenant_id = ?")) {
            update.setObject(1, leadId);
            update.setObject(2, tenantId);
            update.executeUpdate();
        }
        try (PreparedStatement cancel = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'bloqueado',"
                + " motivo = ? WHERE tenant_id = ? AND (lead_id = ? OR destinatario = ?) AND status = 'agendado'")) {
            cancel.setString(1, "bloqueado: " + motivo);
            cancel.setObject(2, tenantId);
            cancel.setObject(3, leadId);
            cancel.setString(4, destinatario);
            cancel.executeUpdate();
        }
    }
}
