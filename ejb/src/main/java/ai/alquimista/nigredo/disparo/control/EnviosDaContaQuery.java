package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.leads.Conta;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The campaign sends to the other leads of one company (same CNPJ root, or same corporate e-mail domain) in a tenant:
 * held when one of its people answers, so the company is not prospected by two threads at once, and released only
 * when a person says so.
 */
public final class EnviosDaContaQuery {

    private static final String OUTROS_LEADS_DA_CONTA = " AND lead_id IN (SELECT l.id FROM nigredo_leads.leads l"
            + " WHERE l.tenant_id = ? AND l.id <> ? AND ((?::text IS NOT NULL"
            + " AND left(regexp_replace(l.cnpj, '\\D', '', 'g'), 8) = ?::text) OR (?::text IS NOT NULL"
            + " AND lower(split_part(l.email, '@', 2)) = ?::text)))";

    private EnviosDaContaQuery() {}

    public static int reter(Connection db, UUID tenantId, UUID leadId, Conta conta, String motivo) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'retido',"
                + " motivo = ? WHERE tenant_id = ? AND status = 'agendado' AND tipo = 'campanha'"
                + OUTROS_LEADS_DA_CONTA)) {
            update.setString(1, motivo);
            update.setObject(2, tenantId);
            daConta(update, 3, tenantId, leadId, conta);
            return update.executeUpdate();
        }
    }

    public static int liberar(Connection db, UUID tenantId, UUID leadId, Conta conta, Instant agora)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET status = 'agendado',"
                + " motivo = NULL, due_at = GREATEST(due_at, ?) WHERE tenant_id = ? AND status = 'retido'"
                + OUTROS_LEADS_DA_CONTA)) {
            update.setTimestamp(1, Timestamp.from(agora));
            update.setObject(2, tenantId);
            daConta(update, 3, tenantId, leadId, conta);
            return update.executeUpdate();
        }
    }

    public static long retidos(Connection db, UUID tenantId, UUID leadId, Conta conta) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT count(*) FROM nigredo_leads.envios"
                + " WHERE tenant_id = ? AND status = 'retido'" + OUTROS_LEADS_DA_CONTA)) {
            select.setObject(1, tenantId);
            daConta(select, 2, tenantId, leadId, conta);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void daConta(PreparedStatement statement, int first, UUID tenantId, UUID leadId, Conta conta)
            throws SQLException {
        statement.setObject(first, tenantId);
        statement.setObject(first + 1, leadId);
        statement.setString(first + 2, conta.raizDoCnpj().orElse(null));
        statement.setString(first + 3, conta.raizDoCnpj().orElse(null));
        statement.setString(first + 4, conta.dominio().orElse(null));
        statement.setString(first + 5, conta.dominio().orElse(null));
    }
}
