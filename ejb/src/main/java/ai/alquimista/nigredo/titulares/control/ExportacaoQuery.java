package ai.alquimista.nigredo.titulares.control;

import ai.alquimista.shared.json.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Everything one tenant holds about a person, as the rows are stored (PostgreSQL's {@code to_jsonb}, every column):
 * each lead with its consent record, interações, sends, meetings and review-queue drafts; the orphan messages and
 * blocklist entries that name the person; the audit entries about those leads. The data subject's copy (LGPD art. 18
 * II and V: access and portability).
 */
public final class ExportacaoQuery {

    private static final int MAX_AUDITORIA = 5_000;

    private ExportacaoQuery() {}

    public static void preencher(Connection db, UUID tenantId, Pessoa pessoa, JsonObjectBuilder exportacao)
            throws SQLException {
        JsonArrayBuilder leads = Json.createArrayBuilder();
        for (UUID lead : pessoa.leadIds()) {
            leads.add(Json.createObjectBuilder()
                    .add(
                            "lead",
                            JsonText.object(uma(
                                    db,
                                    "SELECT to_jsonb(l) FROM nigredo_leads.leads l"
                                            + " WHERE l.tenant_id = ? AND l.id = ?",
                                    tenantId,
                                    lead)))
                    .add("consentimento", consentimento(db, tenantId, lead))
                    .add("interacoes", lista(db, "interacoes", tenantId, lead))
                    .add("envios", lista(db, "envios", tenantId, lead))
                    .add("agendamentos", lista(db, "agendamentos", tenantId, lead))
                    .add("respostas_em_revisao", lista(db, "respostas_em_revisao", tenantId, lead)));
        }
        Array enderecos = db.createArrayOf("varchar", pessoa.enderecos().toArray());
        exportacao
                .add("leads", leads)
                .add(
                        "mensagens_orfas",
                        array(
                                db,
                                "SELECT COALESCE(jsonb_agg(to_jsonb(o) ORDER BY o.recebida_em), '[]'::jsonb)"
                                        + " FROM nigredo_leads.mensagens_orfas o WHERE o.tenant_id = ? AND (o.remetente = ANY (?)"
                                        + " OR o.lead_id = ANY (?))",
                                tenantId,
                                enderecos,
                                db.createArrayOf("uuid", pessoa.leadIds().toArray())))
                .add(
                        "bloqueios",
                        array(
                                db,
                                "SELECT COALESCE(jsonb_agg(to_jsonb(b) ORDER BY b.created_at), '[]'::jsonb)"
                                        + " FROM nigredo_leads.blocklist b WHERE b.tenant_id = ? AND (b.telefone = ANY (?)"
                                        + " OR b.email = ANY (?) OR b.lead_id = ANY (?))",
                                tenantId,
                                db.createArrayOf("varchar", pessoa.telefones().toArray()),
                                db.createArrayOf("varchar", pessoa.emails().toArray()),
                                db.createArrayOf("uuid", pessoa.leadIds().toArray())))
                .add(
                        "auditoria",
                        array(
                                db,
                                "SELECT COALESCE(jsonb_agg(to_jsonb(a) ORDER BY a.created_at), '[]'::jsonb) FROM"
                                        + " (SELECT created_at, action, target_type, target_id, details, user_id"
                                        + " FROM alquimista_platform.audit_logs WHERE tenant_id = ? AND target_type = 'lead'"
                                        + " AND target_id = ANY (?) ORDER BY created_at LIMIT " + MAX_AUDITORIA + ") a",
                                tenantId,
                                db.createArrayOf(
                                        "varchar",
                                        pessoa.leadIds().stream()
                                                .map(UUID::toString)
                                                .toArray())));
    }

    private static JsonValue consentimento(Connection db, UUID tenantId, UUID lead) throws SQLException {
        String json = uma(
                db,
                "SELECT to_jsonb(c) FROM nigredo_leads.consentimentos c WHERE c.tenant_id = ?" + " AND c.lead_id = ?",
                tenantId,
                lead);
        return json == null ? JsonValue.NULL : JsonText.object(json);
    }

    private static JsonArray lista(Connection db, String tabela, UUID tenantId, UUID lead) throws SQLException {
        return array(
                db,
                "SELECT COALESCE(jsonb_agg(to_jsonb(t) ORDER BY t.created_at), '[]'::jsonb)" + " FROM nigredo_leads."
                        + tabela + " t WHERE t.tenant_id = ? AND t.lead_id = ?",
                tenantId,
                lead);
    }

    private static JsonArray array(Connection db, String sql, Object... parameters) throws SQLException {
        return JsonText.array(uma(db, sql, parameters));
    }

    private static String uma(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
