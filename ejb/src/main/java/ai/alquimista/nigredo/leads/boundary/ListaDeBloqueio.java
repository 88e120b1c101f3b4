package ai.alquimista.nigredo.leads.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The tenant's blocklist (LGPD): a recipient on it is never contacted again. Used inside the caller's
 * transaction, whatever put the recipient there: an unsubscribe link, a SAIR reply, a provider's opt-out.
 */
public final class ListaDeBloqueio {

    private ListaDeBloqueio() {}

    /** The recipient (a phone for WhatsApp, an address for e-mail) goes on the blocklist; its waiting sends close. */
    public static void bloquear(
            Connection db, UUID tenantId, UUID leadId, String canal, String destinatario, String motivo)
            throws SQLException {
        boolean whatsapp = "whatsapp".equals(canal);
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO nigredo_leads.blocklist (id, tenant_id, lead_id,"
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
        fecharEnviosPendentes(db, tenantId, "destinatario = ?", destinatario, motivo);
    }

    /** The person asked to leave: blocked on this channel, the lead becomes descadastrado, nothing more goes to it. */
    public static void descadastrar(
            Connection db, UUID tenantId, UUID leadId, String canal, String destinatario, String motivo)
            throws SQLException {
        bloquear(db, tenantId, leadId, canal, destinatario, motivo);
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.leads SET status = 'descadastrado',"
                + " metadata = jsonb_set(metadata, '{descadastro}', jsonb_build_object('date', now(), 'reason', ?::text)),"
                + " updated_at = now() WHERE id = ? AND tenant_id = ?")) {
            update.setString(1, motivo);
            update.setObject(2, leadId);
            update.setObject(3, tenantId);
            update.executeUpdate();
        }
        fecharEnviosPendentes(db, tenantId, "lead_id = ?", leadId, motivo);
        cancelarAgendamentosFuturos(db, tenantId, leadId);
    }

    /**
     * Seed 001's handleDescadastro: a meeting still to come is cancelled with the opt-out, and its time is free again
     * in the calendar's bookings (an event already in Google Calendar stays there for the sales team to remove).
     */
    private static void cancelarAgendamentosFuturos(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement cancel = db.prepareStatement("WITH cancelados AS (UPDATE nigredo_leads.agendamentos"
                + " SET status = 'cancelado' WHERE tenant_id = ? AND lead_id = ? AND data_hora > now() AND status IN"
                + " ('proposto', 'confirmado', 'remarcado') RETURNING id) DELETE FROM nigredo_leads.calendario_eventos"
                + " WHERE tenant_id = ? AND agendamento_id IN (SELECT id FROM cancelados)")) {
            cancel.setObject(1, tenantId);
            cancel.setObject(2, leadId);
            cancel.setObject(3, tenantId);
            cancel.executeUpdate();
        }
    }

    private static void fecharEnviosPendentes(Connection db, UUID tenantId, String whose, Object value, String motivo)
            throws SQLException {
        try (PreparedStatement close = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'bloqueado',"
                + " motivo = ? WHERE tenant_id = ? AND " + whose + " AND status = 'agendado'")) {
            close.setString(1, "bloqueado: " + motivo);
            close.setObject(2, tenantId);
            close.setObject(3, value);
            close.executeUpdate();
        }
    }
}
