package ai.alquimista.nigredo.conversas.control;

import ai.alquimista.nigredo.conversas.boundary.ConversaResumo;
import ai.alquimista.nigredo.conversas.boundary.MensagemDaConversa;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The conversations of a tenant, read for people: the list newest first, and one lead's messages. */
public final class ConversasQuery {

    /** A conversation longer than this shows its latest messages. */
    public static final int MENSAGENS = 500;

    private ConversasQuery() {}

    public record PaginaDeConversas(List<ConversaResumo> items, long total) {}

    public static PaginaDeConversas pagina(Connection db, UUID tenantId, int page, int size) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT l.id, l.empresa, l.contato, l.telefone, l.email,"
                + " l.status, u.mensagem, u.tipo, u.created_at, r.sentimento, r.intensidade, r.proximo_passo,"
                + " EXISTS (SELECT 1 FROM nigredo_leads.respostas_em_revisao rv WHERE rv.lead_id = l.id"
                + " AND rv.status = 'pendente') AS em_revisao, count(*) OVER () AS total"
                + " FROM (SELECT DISTINCT ON (lead_id) lead_id, mensagem, tipo, created_at FROM nigredo_leads.interacoes"
                + " WHERE tenant_id = ? AND lead_id IS NOT NULL ORDER BY lead_id, created_at DESC, id DESC) u"
                + " JOIN nigredo_leads.leads l ON l.id = u.lead_id"
                + " LEFT JOIN LATERAL (SELECT sentimento, intensidade, proximo_passo FROM nigredo_leads.interacoes"
                + " WHERE lead_id = l.id AND tipo = 'recebido' ORDER BY created_at DESC, id DESC LIMIT 1) r ON true"
                + " WHERE EXISTS (SELECT 1 FROM nigredo_leads.interacoes i WHERE i.lead_id = l.id"
                + " AND i.tipo = 'recebido')"
                + " ORDER BY u.created_at DESC, l.id LIMIT ? OFFSET ?")) {
            select.setObject(1, tenantId);
            select.setInt(2, size);
            select.setInt(3, page * size);
            List<ConversaResumo> items = new ArrayList<>();
            long total = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    total = row.getLong("total");
                    items.add(new ConversaResumo(
                            row.getObject("id", UUID.class),
                            row.getString("empresa"),
                            row.getString("contato"),
                            row.getString("telefone"),
                            row.getString("email"),
                            row.getString("status"),
                            row.getString("mensagem"),
                            row.getString("tipo"),
                            row.getTimestamp("created_at").toInstant(),
                            row.getString("sentimento"),
                            (Integer) row.getObject("intensidade"),
                            row.getString("proximo_passo"),
                            row.getBoolean("em_revisao")));
                }
            }
            return new PaginaDeConversas(items, total);
        }
    }

    public static List<MensagemDaConversa> mensagens(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        List<MensagemDaConversa> mensagens = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT * FROM (SELECT id, tipo, canal, mensagem,"
                + " sentimento, intensidade, intencao, proximo_passo, objecao, created_at FROM nigredo_leads.interacoes"
                + " WHERE tenant_id = ? AND lead_id = ? ORDER BY created_at DESC, id DESC LIMIT ?) ultimas"
                + " ORDER BY created_at, id")) {
            select.setObject(1, tenantId);
            select.setObject(2, leadId);
            select.setInt(3, MENSAGENS);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    mensagens.add(new MensagemDaConversa(
                            row.getObject("id", UUID.class),
                            row.getString("tipo"),
                            row.getString("canal"),
                            row.getString("mensagem"),
                            row.getString("sentimento"),
                            (Integer) row.getObject("intensidade"),
                            row.getString("intencao"),
                            row.getString("proximo_passo"),
                            row.getString("objecao"),
                            Optional.ofNullable(row.getTimestamp("created_at"))
                                    .map(Timestamp::toInstant)
                                    .orElse(null)));
                }
            }
        }
        return mensagens;
    }

    public static boolean emRevisao(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT EXISTS (SELECT 1 FROM"
                + " nigredo_leads.respostas_em_revisao WHERE tenant_id = ? AND lead_id = ? AND status = 'pendente')")) {
            select.setObject(1, tenantId);
            select.setObject(2, leadId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
