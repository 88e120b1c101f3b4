package ai.alquimista.nigredo.disparo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns an approved campaign into its sends: one per lead and stage. First touches are due at once (the tenant's
 * pace spreads them); later stages at the start plus the stage's days, ±5 minutes of jitter. The window is checked
 * when each send comes due. The idempotency key
 * (lead + campanha + etapa) is unique in the database, so scheduling twice adds nothing.
 */
public final class ProgramacaoDeEnvios {

    private ProgramacaoDeEnvios() {}

    /** @return how many sends were added; the campaign becomes ativa (a campaign paused meanwhile stays paused) */
    public static int programar(Connection db, UUID campanhaId, UUID tenantId, Instant inicio) throws SQLException {
        int added;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.envios (id, tenant_id,"
                + " campanha_id, lead_id, etapa, variante, canal, destinatario, idempotency_key, status, due_at)"
                + " SELECT gen_random_uuid(), cl.tenant_id, cl.campanha_id, cl.lead_id, e.etapa, cl.variante, cl.canal,"
                + " CASE WHEN cl.canal = 'whatsapp' THEN l.telefone ELSE l.email END,"
                + " cl.lead_id || ':' || cl.campanha_id || ':' || e.etapa, 'agendado',"
                + " ?::timestamptz + e.dias * interval '1 day'"
                + " + CASE WHEN e.dias = 0 THEN 0 ELSE (random() * 600)::int - 300 END * interval '1 second'"
                + " FROM nigredo_leads.campanha_leads cl JOIN nigredo_leads.leads l ON l.id = cl.lead_id"
                + " JOIN nigredo_leads.campanhas c ON c.id = cl.campanha_id"
                + " CROSS JOIN (VALUES ('topo', 0), ('meio', 3), ('fundo', 7)) AS e(etapa, dias)"
                + " WHERE cl.campanha_id = ? AND cl.tenant_id = ? AND c.status IN ('aprovada', 'ativa', 'pausada')"
                + " AND CASE WHEN cl.canal = 'whatsapp' THEN l.telefone ELSE l.email END IS NOT NULL"
                + " ON CONFLICT (idempotency_key) DO NOTHING")) {
            insert.setTimestamp(1, Timestamp.from(inicio));
            insert.setObject(2, campanhaId);
            insert.setObject(3, tenantId);
            added = insert.executeUpdate();
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.campanhas SET status = 'ativa',"
                + " updated_at = now() WHERE id = ? AND tenant_id = ? AND status = 'aprovada'")) {
            update.setObject(1, campanhaId);
            update.setObject(2, tenantId);
            update.executeUpdate();
        }
        Ritmo.acordar(db, tenantId, inicio);
        return added;
    }
}
