package ai.alquimista.nigredo.atendimento.control;

import ai.alquimista.nigredo.atendimento.CategoriaDeObjecao;
import ai.alquimista.nigredo.atendimento.MensagemDoHistorico;
import ai.alquimista.nigredo.atendimento.ProximoPasso;
import ai.alquimista.nigredo.interacoes.entity.InteracaoTipo;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.shared.json.JsonText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The reads and writes of one reply's handling: the lead, its history, the classification, the lead's status. */
public final class ConversaQuery {

    private static final int HISTORICO = 10;
    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    /** The statuses a reply may move the lead out of; a meeting, a sale or an opt-out is never undone by one. */
    private static final Set<String> EM_CONVERSA =
            Set.of("novo", "enriquecido", "contatado", "respondeu", "interessado", "descartado");

    private ConversaQuery() {}

    public static Optional<LeadDaConversa> lead(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT l.empresa, l.contato, l.cnpj, l.email, l.status,"
                + " t.company_name, t.time_zone, a.settings FROM nigredo_leads.leads l"
                + " JOIN alquimista_platform.tenants t ON t.id = l.tenant_id"
                + " LEFT JOIN alquimista_platform.agent_activations a ON a.tenant_id = l.tenant_id"
                + " AND a.agent_id = 'nigredo-atendimento' WHERE l.id = ? AND l.tenant_id = ?")) {
            select.setObject(1, leadId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LeadDaConversa(
                        leadId,
                        tenantId,
                        row.getString("empresa"),
                        row.getString("contato"),
                        row.getString("cnpj"),
                        row.getString("email"),
                        row.getString("status"),
                        row.getString("company_name"),
                        fuso(row.getString("time_zone")),
                        JsonText.object(
                                Optional.ofNullable(row.getString("settings")).orElse("{}"))));
            }
        }
    }

    private static ZoneId fuso(String zone) {
        try {
            return zone == null ? BRASILIA : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return BRASILIA;
        }
    }

    /** The conversation before this reply, oldest first: the last messages sent and received. */
    public static List<MensagemDoHistorico> historico(Connection db, UUID tenantId, UUID leadId, UUID antesDe)
            throws SQLException {
        List<MensagemDoHistorico> historico = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT tipo, mensagem, created_at FROM ("
                + " SELECT tipo, mensagem, created_at, id FROM nigredo_leads.interacoes WHERE tenant_id = ?"
                + " AND lead_id = ? AND id <> ? AND mensagem IS NOT NULL ORDER BY created_at DESC, id LIMIT ?) ultimas"
                + " ORDER BY created_at, id")) {
            select.setObject(1, tenantId);
            select.setObject(2, leadId);
            select.setObject(3, antesDe);
            select.setInt(4, HISTORICO);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    historico.add(new MensagemDoHistorico(
                            InteracaoTipo.valueOf(row.getString(1)),
                            row.getString(2),
                            row.getTimestamp(3).toInstant()));
                }
            }
        }
        return historico;
    }

    /** The reply as Atendimento read it, on its interação: what the lead felt and wanted, and what comes next. */
    public static void classificar(
            Connection db,
            UUID tenantId,
            UUID interacaoId,
            Analise analise,
            ProximoPasso passo,
            CategoriaDeObjecao objecao,
            UUID traceId)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.interacoes SET sentimento = ?,"
                + " intensidade = ?, intencao = ?, proximo_passo = ?, objecao = ?, trace_id = ?"
                + " WHERE id = ? AND tenant_id = ?")) {
            update.setString(1, analise.sentimento().name());
            update.setInt(2, analise.intensidade());
            update.setString(3, analise.intencao().name());
            update.setString(4, passo.name());
            update.setString(5, objecao == null ? null : objecao.name());
            update.setObject(6, traceId);
            update.setObject(7, interacaoId);
            update.setObject(8, tenantId);
            update.executeUpdate();
        }
    }

    /** The lead moves to the step's status, unless it is past the conversation (a meeting, a sale, an opt-out). */
    public static void avancar(Connection db, UUID tenantId, UUID leadId, LeadStatus status) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.leads SET status = ?,"
                + " updated_at = now() WHERE id = ? AND tenant_id = ? AND status = ANY (?)")) {
            update.setString(1, status.name());
            update.setObject(2, leadId);
            update.setObject(3, tenantId);
            update.setArray(4, db.createArrayOf("varchar", EM_CONVERSA.toArray()));
            update.executeUpdate();
        }
    }
}
