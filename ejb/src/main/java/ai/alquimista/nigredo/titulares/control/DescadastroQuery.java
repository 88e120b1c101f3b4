package ai.alquimista.nigredo.titulares.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.shared.json.JsonText;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The lead an opt-out by API is about, locked for the change, with what its confirmation needs. */
public final class DescadastroQuery {

    private DescadastroQuery() {}

    public record LeadDoDescadastro(
            UUID id,
            UUID tenantId,
            String status,
            String contato,
            String telefone,
            String email,
            String empresaCliente,
            JsonObject atendimento,
            Optional<CanalDeEnvio> canalDaUltimaResposta) {

        public boolean semEndereco() {
            return telefone == null && email == null;
        }

        /**
         * Where the confirmation goes: the channel the lead last wrote on, if it still has that address; else
         * e-mail (no 24-hour window); else WhatsApp.
         */
        public CanalDeEnvio canalDaConfirmacao() {
            Optional<CanalDeEnvio> ultima = canalDaUltimaResposta.filter(c -> endereco(c) != null);
            return ultima.orElse(email != null ? CanalDeEnvio.email : CanalDeEnvio.whatsapp);
        }

        public String endereco(CanalDeEnvio canal) {
            return canal == CanalDeEnvio.whatsapp ? telefone : email;
        }
    }

    public static Optional<LeadDoDescadastro> bloquear(Connection db, UUID tenantId, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT l.status, l.contato, l.telefone, l.email,"
                + " t.company_name, a.settings, (SELECT i.canal FROM nigredo_leads.interacoes i WHERE i.lead_id = l.id"
                + " AND i.tenant_id = l.tenant_id AND i.tipo = 'recebido' AND i.canal IN ('whatsapp', 'email')"
                + " ORDER BY i.created_at DESC LIMIT 1) FROM nigredo_leads.leads l"
                + " JOIN alquimista_platform.tenants t ON t.id = l.tenant_id"
                + " LEFT JOIN alquimista_platform.agent_activations a ON a.tenant_id = l.tenant_id"
                + " AND a.agent_id = 'nigredo-atendimento' WHERE l.id = ? AND l.tenant_id = ? FOR UPDATE OF l")) {
            select.setObject(1, leadId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LeadDoDescadastro(
                        leadId,
                        tenantId,
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        JsonText.object(Optional.ofNullable(row.getString(6)).orElse("{}")),
                        Optional.ofNullable(row.getString(7)).map(CanalDeEnvio::valueOf)));
            }
        }
    }
}
