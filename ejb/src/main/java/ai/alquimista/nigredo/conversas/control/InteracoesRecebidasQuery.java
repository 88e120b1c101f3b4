package ai.alquimista.nigredo.conversas.control;

import ai.alquimista.nigredo.conversas.RespostaRecebida;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** The received interações: one per provider message, whatever the provider's retries. */
public final class InteracoesRecebidasQuery {

    private InteracoesRecebidasQuery() {}

    /** @return the new interação's id, or empty when this provider message was already recorded */
    public static Optional<UUID> inserir(Connection db, RespostaRecebida resposta, UUID traceId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.interacoes (id, tenant_id,"
                + " lead_id, tipo, canal, mensagem, provider_message_id, envio_id, trace_id, created_at)"
                + " VALUES (?, ?, ?, 'recebido', ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, canal, provider_message_id) WHERE provider_message_id IS NOT NULL"
                + " DO NOTHING")) {
            insert.setObject(1, id);
            insert.setObject(2, resposta.tenantId());
            insert.setObject(3, resposta.leadId());
            insert.setString(4, resposta.canal());
            insert.setString(5, resposta.texto());
            insert.setString(6, resposta.providerMessageId());
            insert.setObject(7, resposta.envioId());
            insert.setObject(8, traceId);
            insert.setTimestamp(9, Timestamp.from(resposta.recebidaEm()));
            return insert.executeUpdate() == 1 ? Optional.of(id) : Optional.empty();
        }
    }

    /** The address the lead's sends on this channel went to, which the blocklist must hold; else the sender's. */
    public static String destinatario(Connection db, RespostaRecebida resposta) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT destinatario FROM nigredo_leads.envios"
                + " WHERE tenant_id = ? AND lead_id = ? AND canal = ? ORDER BY created_at DESC LIMIT 1")) {
            select.setObject(1, resposta.tenantId());
            select.setObject(2, resposta.leadId());
            select.setString(3, resposta.canal());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : resposta.remetente();
            }
        }
    }

    /** A lead that answered for the first time becomes {@code respondeu}; a later status is kept. */
    public static void marcarRespondeu(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE nigredo_leads.leads SET status = 'respondeu',"
                        + " updated_at = now() WHERE id = ? AND tenant_id = ? AND status IN ('novo', 'enriquecido', 'contatado')")) {
            update.setObject(1, leadId);
            update.setObject(2, tenantId);
            update.executeUpdate();
        }
    }
}
