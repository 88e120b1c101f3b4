package ai.alquimista.nigredo.conversas.boundary;

import ai.alquimista.nigredo.conversas.control.ConversasQuery;
import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.leads.Conta;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.paging.Page;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The tenant's conversations with its leads, as its sales team reads them; reads of personal data are audited. */
@Stateless
public class Conversas {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    EnviosDaConversa envios;

    @Inject
    AuditTrail audit;

    public Page<ConversaResumo> page(Caller caller, int page, int size) {
        try (Connection db = dataSource.getConnection()) {
            var pagina = ConversasQuery.pagina(db, caller.tenantId(), page, size);
            audit.record(caller, "conversas.read", "interacoes", null);
            return new Page<>(pagina.items(), page, size, pagina.total());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the conversations: " + e.getMessage(), e);
        }
    }

    public ConversaDetalhe conversa(Caller caller, UUID leadId) {
        try (Connection db = dataSource.getConnection()) {
            Lead lead = lead(db, caller.tenantId(), leadId);
            ConversaDetalhe conversa = new ConversaDetalhe(
                    leadId,
                    lead.empresa(),
                    lead.contato(),
                    lead.telefone(),
                    lead.email(),
                    lead.cnpj(),
                    lead.status(),
                    lead.setor(),
                    lead.porte(),
                    lead.atividadePrincipal(),
                    lead.whatsappOptIn(),
                    lead.createdAt(),
                    ConversasQuery.mensagens(db, caller.tenantId(), leadId),
                    envios.retidosDaConta(caller.tenantId(), leadId, lead.conta()),
                    ConversasQuery.emRevisao(db, caller.tenantId(), leadId));
            audit.record(caller, "conversa.read", "lead", leadId.toString());
            return conversa;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the conversation: " + e.getMessage(), e);
        }
    }

    /** A person says the company's other people may be contacted again: their held sends go on. */
    public long retomarConta(Caller caller, UUID leadId) {
        try (Connection db = dataSource.getConnection()) {
            Lead lead = lead(db, caller.tenantId(), leadId);
            int liberados = envios.liberarDaConta(caller.tenantId(), leadId, lead.conta());
            audit.record(
                    caller,
                    "conversa.conta.retomada",
                    "lead",
                    leadId.toString(),
                    Json.createObjectBuilder().add("envios", liberados).build());
            return liberados;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the company's sends: " + e.getMessage(), e);
        }
    }

    private record Lead(
            String empresa,
            String contato,
            String telefone,
            String email,
            String cnpj,
            String status,
            String setor,
            String porte,
            String atividadePrincipal,
            String whatsappOptIn,
            Instant createdAt) {
        Conta conta() {
            return Conta.de(cnpj, email);
        }
    }

    private static Lead lead(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT empresa, contato, telefone, email, cnpj, status,"
                        + " setor, porte, atividade_principal, whatsapp_opt_in, created_at FROM nigredo_leads.leads WHERE id = ? AND tenant_id = ?")) {
            select.setObject(1, leadId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no lead " + leadId);
                }
                return new Lead(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9),
                        row.getString(10),
                        Optional.ofNullable(row.getTimestamp(11))
                                .map(Timestamp::toInstant)
                                .orElse(null));
            }
        }
    }
}
