package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.Briefing;
import ai.alquimista.nigredo.agendamento.ConfiguracaoDaAgenda;
import ai.alquimista.shared.json.JsonText;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** Agendamento's reads of the tenant, the lead and its conversation, on the caller's connection. */
public final class AgendaQuery {

    private static final Logger LOG = Logger.getLogger(AgendaQuery.class.getName());

    private static final String AGENTE = "nigredo-agendamento";
    private static final ZoneId PADRAO = ZoneId.of("America/Sao_Paulo");

    private AgendaQuery() {}

    public static AgendaDoTenant agenda(Connection db, UUID tenantId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT t.company_name, t.time_zone,"
                + " COALESCE(a.settings, '{}'::jsonb) FROM alquimista_platform.tenants t"
                + " LEFT JOIN alquimista_platform.agent_activations a ON a.tenant_id = t.id AND a.agent_id = ?"
                + " WHERE t.id = ?")) {
            select.setString(1, AGENTE);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("tenant " + tenantId + " does not exist");
                }
                JsonObject settings = JsonText.object(row.getString(3));
                return new AgendaDoTenant(
                        tenantId, row.getString(1), zona(tenantId, row.getString(2)), settings, configuracao(settings));
            }
        }
    }

    /** Settings stored before activation checked them are read leniently: the defaults stand in for a wrong one. */
    private static ConfiguracaoDaAgenda configuracao(JsonObject settings) {
        try {
            return ConfiguracaoDaAgenda.de(settings);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Agendamento settings are invalid, the defaults apply: " + e.getMessage());
            return ConfiguracaoDaAgenda.de(JsonObject.EMPTY_JSON_OBJECT);
        }
    }

    private static ZoneId zona(UUID tenantId, String zona) {
        try {
            return zona == null ? PADRAO : ZoneId.of(zona);
        } catch (DateTimeException e) {
            LOG.warning(() -> "tenant " + tenantId + " has an unknown time zone " + zona + "; São Paulo's applies");
            return PADRAO;
        }
    }

    public static Optional<LeadDaAgenda> lead(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT id, tenant_id, empresa, contato, telefone, email,"
                + " cnpj, setor, porte, atividade_principal, status, metadata FROM nigredo_leads.leads"
                + " WHERE id = ? AND tenant_id = ?")) {
            select.setObject(1, leadId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LeadDaAgenda(
                        row.getObject("id", UUID.class),
                        row.getObject("tenant_id", UUID.class),
                        row.getString("empresa"),
                        row.getString("contato"),
                        row.getString("telefone"),
                        row.getString("email"),
                        row.getString("cnpj"),
                        row.getString("setor"),
                        row.getString("porte"),
                        row.getString("atividade_principal"),
                        row.getString("status"),
                        JsonText.object(
                                Optional.ofNullable(row.getString("metadata")).orElse("{}"))));
            }
        }
    }

    /** The channel a reply came on: where the conversation goes on. */
    public static Optional<String> canal(Connection db, UUID tenantId, UUID interacaoId) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT canal FROM nigredo_leads.interacoes WHERE id = ? AND tenant_id = ?")) {
            select.setObject(1, interacaoId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The lead's last reply, for a request that named none. */
    public static Optional<UUID> ultimaRecebida(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM nigredo_leads.interacoes"
                + " WHERE tenant_id = ? AND lead_id = ? AND tipo = 'recebido' ORDER BY created_at DESC, id LIMIT 1")) {
            select.setObject(1, tenantId);
            select.setObject(2, leadId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** Every interação of the lead, oldest first, with what Atendimento recorded on each. */
    public static List<Briefing.Mensagem> historico(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        List<Briefing.Mensagem> historico = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT created_at, tipo, canal, mensagem, sentimento,"
                + " intensidade, intencao, objecao, proximo_passo FROM nigredo_leads.interacoes"
                + " WHERE tenant_id = ? AND lead_id = ? ORDER BY created_at, id")) {
            select.setObject(1, tenantId);
            select.setObject(2, leadId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    historico.add(new Briefing.Mensagem(
                            row.getTimestamp("created_at").toInstant(),
                            row.getString("tipo"),
                            row.getString("canal"),
                            row.getString("mensagem"),
                            row.getString("sentimento"),
                            (Integer) row.getObject("intensidade"),
                            row.getString("intencao"),
                            row.getString("objecao"),
                            row.getString("proximo_passo")));
                }
            }
        }
        return historico;
    }
}
