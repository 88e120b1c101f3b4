package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.conversas.RespostaRecebida;
import ai.alquimista.nigredo.conversas.boundary.Respostas;
import ai.alquimista.nigredo.sentimento.PedidoDeDescadastro;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.json.JsonText;
import ai.alquimista.shared.paging.Page;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The sandbox channel's inbox for a tenant: every message "sent", and replies simulated as if the lead had
 * answered on that channel (an interação recebida; SAIR, PARE or STOP unsubscribes the lead).
 */
@Stateless
public class SandboxCaixa {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Respostas respostas;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Page<SandboxMensagem> page(Caller caller, int page, int size) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("SELECT s.id, s.envio_id, e.lead_id, l.empresa, s.canal,"
                        + " s.destinatario, s.assunto, s.corpo, s.modelo, s.created_at, s.anexos, count(*) OVER () AS total,"
                        + " (SELECT COALESCE(jsonb_agg(jsonb_build_object('texto', i.mensagem, 'created_at',"
                        + " to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))"
                        + " ORDER BY i.created_at), '[]'::jsonb) FROM nigredo_leads.interacoes i WHERE i.lead_id = e.lead_id"
                        + " AND i.tipo = 'recebido' AND i.created_at >= s.created_at) AS respostas"
                        + " FROM nigredo_leads.sandbox_mensagens s JOIN nigredo_leads.envios e ON e.id = s.envio_id"
                        + " JOIN nigredo_leads.leads l ON l.id = e.lead_id WHERE s.tenant_id = ?"
                        + " ORDER BY s.created_at DESC, s.id LIMIT ? OFFSET ?")) {
            select.setObject(1, caller.tenantId());
            select.setInt(2, size);
            select.setInt(3, page * size);
            List<SandboxMensagem> items = new ArrayList<>();
            long total = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    total = row.getLong("total");
                    items.add(mensagem(row));
                }
            }
            audit.record(caller, "sandbox.read", "sandbox_mensagens", null);
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the sandbox: " + e.getMessage(), e);
        }
    }

    private static SandboxMensagem mensagem(ResultSet row) throws SQLException {
        return new SandboxMensagem(
                row.getObject("id", UUID.class),
                row.getObject("envio_id", UUID.class),
                row.getObject("lead_id", UUID.class),
                row.getString("empresa"),
                row.getString("canal"),
                row.getString("destinatario"),
                row.getString("assunto"),
                row.getString("corpo"),
                row.getString("modelo"),
                row.getTimestamp("created_at").toInstant(),
                JsonText.array(row.getString("respostas")),
                JsonText.array(row.getString("anexos")));
    }

    /**
     * The lead answers the sandbox message {@code id}: the reply takes the path of a WhatsApp or e-mail reply from
     * there on (recorded once, an opt-out honoured, Atendimento told).
     */
    public RespostaSimulada responder(Caller caller, UUID id, String texto) {
        try (Connection db = dataSource.getConnection()) {
            Recipient recipient = recipient(db, caller.tenantId(), id);
            UUID interacaoId = respostas
                    .registrar(new RespostaRecebida(
                            caller.tenantId(),
                            recipient.leadId(),
                            recipient.canal(),
                            recipient.destinatario(),
                            texto,
                            "sandbox:" + UUID.randomUUID(),
                            clock.instant(),
                            recipient.envioId()))
                    .orElseThrow();
            audit.record(caller, "sandbox.resposta", "lead", recipient.leadId().toString());
            return new RespostaSimulada(interacaoId, recipient.leadId(), PedidoDeDescadastro.em(texto));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the reply: " + e.getMessage(), e);
        }
    }

    private record Recipient(UUID leadId, String canal, String destinatario, UUID envioId) {}

    private static Recipient recipient(Connection db, UUID tenantId, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT e.lead_id, s.canal, s.destinatario, e.id"
                + " FROM nigredo_leads.sandbox_mensagens s JOIN nigredo_leads.envios e ON e.id = s.envio_id"
                + " WHERE s.id = ? AND s.tenant_id = ?")) {
            select.setObject(1, id);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no sandbox message " + id);
                }
                return new Recipient(
                        row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getObject(4, UUID.class));
            }
        }
    }
}
