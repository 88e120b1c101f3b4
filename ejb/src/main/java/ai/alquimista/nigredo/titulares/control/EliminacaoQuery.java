package ai.alquimista.nigredo.titulares.control;

import ai.alquimista.nigredo.recebimento.Email;
import ai.alquimista.nigredo.recebimento.LeadRecebido;
import ai.alquimista.nigredo.recebimento.Telefone;
import ai.alquimista.nigredo.titulares.Pseudonimos;
import ai.alquimista.nigredo.titulares.boundary.Supressoes;
import ai.alquimista.nigredo.titulares.control.Pessoa.LeadDaPessoa;
import ai.alquimista.shared.json.JsonText;
import jakarta.json.JsonObject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Seed 001's handleDireitoEsquecimento over every place the schema keeps a person's data in clear, inside the caller's
 * transaction. The lead rows stay (status, sector, size, dates: the funnel's counts stay right) with the contact, the
 * identifiers, the CNPJ and the metadata gone; every text the person wrote or was sent becomes {@value #ANONIMIZADO};
 * blocklist rows give way to the suppression entries; pending import rows of the person are dropped and counted as
 * suppressed. Each statement is idempotent.
 */
public final class EliminacaoQuery {

    public static final String ANONIMIZADO = "ANONIMIZADO";

    private EliminacaoQuery() {}

    /** What an erasure changed, per place: the aggregate the audit entry and the answer report. */
    public record Contagens(Map<String, Integer> porLugar) {}

    public static Contagens eliminar(
            Connection db, UUID tenantId, Pessoa pessoa, UUID titular, Pseudonimos chave, Instant agora)
            throws SQLException {
        Map<String, Integer> contagens = new LinkedHashMap<>();
        Array leads = db.createArrayOf("uuid", pessoa.leadIds().toArray());
        Array telefones = db.createArrayOf("varchar", pessoa.telefones().toArray());
        Array emails = db.createArrayOf("varchar", pessoa.emails().toArray());
        Array enderecos = db.createArrayOf("varchar", pessoa.enderecos().toArray());
        Array agulhas = db.createArrayOf("text", pessoa.agulhas().toArray());

        suprimir(db, tenantId, pessoa, titular, chave);
        contagens.put("consentimentos", consentimentos(db, tenantId, pessoa, chave, agora));
        contagens.put(
                "envios_cancelados",
                update(
                        db,
                        "UPDATE nigredo_leads.envios SET status = 'cancelado' WHERE tenant_id = ? AND (lead_id = ANY (?)"
                                + " OR destinatario = ANY (?)) AND status IN ('agendado', 'retido')",
                        tenantId,
                        leads,
                        enderecos));
        contagens.put(
                "envios",
                update(
                        db,
                        "UPDATE nigredo_leads.envios SET destinatario = '" + ANONIMIZADO + "', wa_id = NULL,"
                                + " assunto = CASE WHEN assunto IS NULL THEN NULL ELSE '" + ANONIMIZADO + "' END,"
                                + " corpo = CASE WHEN corpo IS NULL THEN NULL ELSE '" + ANONIMIZADO + "' END,"
                                + " motivo = CASE WHEN motivo IS NULL THEN NULL ELSE '" + ANONIMIZADO + "' END"
                                + " WHERE tenant_id = ? AND (lead_id = ANY (?) OR destinatario = ANY (?))"
                                + " AND destinatario <> '" + ANONIMIZADO + "'",
                        tenantId,
                        leads,
                        enderecos));
        contagens.put(
                "sandbox_mensagens",
                update(
                        db,
                        "UPDATE nigredo_leads.sandbox_mensagens SET destinatario = '" + ANONIMIZADO + "',"
                                + " assunto = CASE WHEN assunto IS NULL THEN NULL ELSE '" + ANONIMIZADO + "' END,"
                                + " corpo = '" + ANONIMIZADO + "' WHERE tenant_id = ? AND (destinatario = ANY (?)"
                                + " OR envio_id IN (SELECT id FROM nigredo_leads.envios WHERE tenant_id = ?"
                                + " AND lead_id = ANY (?))) AND destinatario <> '" + ANONIMIZADO + "'",
                        tenantId,
                        enderecos,
                        tenantId,
                        leads));
        contagens.put(
                "interacoes",
                update(
                        db,
                        "UPDATE nigredo_leads.interacoes SET mensagem = '" + ANONIMIZADO + "' WHERE tenant_id = ?"
                                + " AND lead_id = ANY (?) AND mensagem IS DISTINCT FROM '" + ANONIMIZADO + "'",
                        tenantId,
                        leads));
        contagens.put(
                "respostas_em_revisao",
                update(
                        db,
                        "UPDATE nigredo_leads.respostas_em_revisao SET rascunho = CASE WHEN rascunho IS NULL THEN NULL"
                                + " ELSE '" + ANONIMIZADO + "' END WHERE tenant_id = ? AND lead_id = ANY (?)"
                                + " AND rascunho IS DISTINCT FROM '" + ANONIMIZADO + "'",
                        tenantId,
                        leads));
        contagens.put(
                "agendamentos",
                update(
                        db,
                        "UPDATE nigredo_leads.agendamentos SET briefing = NULL WHERE tenant_id = ? AND lead_id = ANY (?)"
                                + " AND briefing IS NOT NULL",
                        tenantId,
                        leads));
        contagens.put(
                "calendario_eventos",
                update(
                        db,
                        "UPDATE nigredo_leads.calendario_eventos SET titulo = 'Reunião - " + ANONIMIZADO
                                + "', descricao"
                                + " = '" + ANONIMIZADO
                                + "', participantes = COALESCE(participantes, '[]'::jsonb) - ?::text[]"
                                + " WHERE tenant_id = ? AND agendamento_id IN (SELECT id FROM nigredo_leads.agendamentos"
                                + " WHERE tenant_id = ? AND lead_id = ANY (?)) AND descricao IS DISTINCT FROM '"
                                + ANONIMIZADO + "'",
                        emails,
                        tenantId,
                        tenantId,
                        leads));
        contagens.put(
                "mensagens_orfas",
                update(
                        db,
                        "UPDATE nigredo_leads.mensagens_orfas SET remetente = '" + ANONIMIZADO + "', texto = '"
                                + ANONIMIZADO + "' WHERE tenant_id = ? AND (remetente = ANY (?) OR lead_id = ANY (?))"
                                + " AND remetente <> '" + ANONIMIZADO + "'",
                        tenantId,
                        enderecos,
                        leads));
        contagens.put(
                "blocklist",
                update(
                        db,
                        "DELETE FROM nigredo_leads.blocklist WHERE tenant_id = ? AND (telefone = ANY (?)"
                                + " OR email = ANY (?) OR lead_id = ANY (?))",
                        tenantId,
                        telefones,
                        emails,
                        leads));
        // Raw provider bodies are kept before the tenant is known: matched by the person's identifiers.
        contagens.put(
                "webhooks_recebidos",
                update(
                        db,
                        "UPDATE nigredo_leads.webhooks_recebidos SET corpo = '" + ANONIMIZADO + "' WHERE corpo <> '"
                                + ANONIMIZADO + "' AND EXISTS (SELECT 1 FROM unnest(?::text[]) a"
                                + " WHERE strpos(lower(corpo), a) > 0)",
                        agulhas));
        contagens.put(
                "audit_logs",
                update(
                        db,
                        "UPDATE alquimista_platform.audit_logs SET details = jsonb_build_object('anonimizado', true)"
                                + " WHERE tenant_id = ? AND EXISTS (SELECT 1 FROM unnest(?::text[]) a"
                                + " WHERE strpos(lower(details::text), a) > 0)",
                        tenantId,
                        agulhas));
        contagens.put(
                "eventos",
                update(
                        db,
                        "UPDATE fibonacci_core.events SET detail = jsonb_build_object('anonimizado', true)"
                                + " WHERE tenant_id = ? AND (EXISTS (SELECT 1 FROM unnest(?::text[]) a"
                                + " WHERE strpos(lower(detail::text), a) > 0) OR (detail->>'lead_id' = ANY (?::text[])"
                                + " AND detail->>'texto' IS NOT NULL))",
                        tenantId,
                        agulhas,
                        db.createArrayOf(
                                "text",
                                pessoa.leadIds().stream().map(UUID::toString).toArray())));
        contagens.put("import_rows", linhasPendentes(db, tenantId, pessoa));
        contagens.put(
                "leads",
                update(
                        db,
                        "UPDATE nigredo_leads.leads SET contato = '" + ANONIMIZADO + "', telefone = NULL, email = NULL,"
                                + " cnpj = NULL, metadata = '{}'::jsonb, whatsapp_opt_in = NULL, dedupe_key = NULL,"
                                + " empresa = CASE WHEN tipo_pessoa = 'PF' THEN '" + ANONIMIZADO + "' ELSE empresa END,"
                                + " updated_at = ? WHERE tenant_id = ? AND id = ANY (?)",
                        Timestamp.from(agora),
                        tenantId,
                        leads));
        return new Contagens(contagens);
    }

    /** One suppression row per identifier, all under the same titular (one person). */
    private static void suprimir(Connection db, UUID tenantId, Pessoa pessoa, UUID titular, Pseudonimos chave)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.supressoes (id, tenant_id,"
                + " titular, tipo, hash) VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, hash) DO NOTHING")) {
            for (String telefone : pessoa.telefones()) {
                Optional<String> hash = Telefone.parse(telefone).value().map(t -> chave.telefone(tenantId, t));
                if (hash.isPresent()) {
                    add(insert, tenantId, titular, "telefone", hash.get());
                }
            }
            for (String email : pessoa.emails()) {
                Optional<String> hash = Email.parse(email).value().map(e -> chave.email(tenantId, e));
                if (hash.isPresent()) {
                    add(insert, tenantId, titular, "email", hash.get());
                }
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, UUID tenantId, UUID titular, String tipo, String hash)
            throws SQLException {
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, tenantId);
        insert.setObject(3, titular);
        insert.setString(4, tipo);
        insert.setString(5, hash);
        insert.addBatch();
    }

    /** The consent record survives, the identifiers replaced by their keyed hashes and the evidence cleared. */
    private static int consentimentos(Connection db, UUID tenantId, Pessoa pessoa, Pseudonimos chave, Instant agora)
            throws SQLException {
        int total = 0;
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE nigredo_leads.consentimentos SET"
                        + " telefone_hash = COALESCE(?, telefone_hash), email_hash = COALESCE(?, email_hash), evidencia = NULL,"
                        + " anonimizado_em = COALESCE(anonimizado_em, ?), updated_at = ? WHERE tenant_id = ? AND lead_id = ?")) {
            for (LeadDaPessoa lead : pessoa.leads()) {
                update.setString(
                        1,
                        lead.telefone() == null
                                ? null
                                : Telefone.parse(lead.telefone())
                                        .value()
                                        .map(t -> chave.telefone(tenantId, t))
                                        .orElse(null));
                update.setString(
                        2,
                        lead.email() == null
                                ? null
                                : Email.parse(lead.email())
                                        .value()
                                        .map(e -> chave.email(tenantId, e))
                                        .orElse(null));
                update.setTimestamp(3, Timestamp.from(agora));
                update.setTimestamp(4, Timestamp.from(agora));
                update.setObject(5, tenantId);
                update.setObject(6, lead.id());
                total += update.executeUpdate();
            }
        }
        return total;
    }

    /**
     * Rows of the tenant's imports still waiting for Recebimento that hold the person (read as Recebimento reads
     * them): dropped, and counted in their import as processed and suppressed, with a line in its report.
     */
    private static int linhasPendentes(Connection db, UUID tenantId, Pessoa pessoa) throws SQLException {
        List<String> finais = pessoa.telefones().stream()
                .map(t -> t.substring(t.length() - 8))
                .toList();
        Map<UUID, List<Integer>> porImport = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT r.import_id, r.row_number, r.data"
                + " FROM nigredo_leads.import_rows r JOIN nigredo_leads.imports i ON i.id = r.import_id"
                + " WHERE i.tenant_id = ? AND (lower(r.data->>'" + LeadRecebido.EMAIL + "') LIKE ANY (?)"
                + " OR regexp_replace(r.data->>'" + LeadRecebido.TELEFONE + "', '\\D', '', 'g') LIKE ANY (?))"
                + " FOR UPDATE OF r")) {
            select.setObject(1, tenantId);
            select.setArray(
                    2,
                    db.createArrayOf(
                            "text",
                            pessoa.emails().stream()
                                    .map(e -> "%"
                                            + e.replace("\\", "\\\\")
                                                    .replace("%", "\\%")
                                                    .replace("_", "\\_") + "%")
                                    .toArray()));
            select.setArray(
                    3,
                    db.createArrayOf("text", finais.stream().map(f -> "%" + f).toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    JsonObject data = JsonText.object(row.getString(3));
                    if (daPessoa(data, pessoa)) {
                        porImport
                                .computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(row.getInt(2));
                    }
                }
            }
        }
        int total = 0;
        for (Map.Entry<UUID, List<Integer>> linhas : porImport.entrySet()) {
            total += descartar(db, linhas.getKey(), linhas.getValue());
        }
        return total;
    }

    private static boolean daPessoa(JsonObject data, Pessoa pessoa) {
        boolean telefone = JsonText.field(data, LeadRecebido.TELEFONE)
                .flatMap(t -> Telefone.parse(t).value())
                .filter(t -> pessoa.telefones().contains(t.e164()))
                .isPresent();
        boolean email = JsonText.field(data, LeadRecebido.EMAIL)
                .flatMap(e -> Email.parse(e).value())
                .filter(e -> pessoa.emails().contains(e.value()))
                .isPresent();
        return telefone || email;
    }

    private static int descartar(Connection db, UUID importId, List<Integer> linhas) throws SQLException {
        Array numeros = db.createArrayOf("integer", linhas.toArray());
        int descartadas = update(
                db,
                "DELETE FROM nigredo_leads.import_rows WHERE import_id = ? AND row_number = ANY (?)",
                importId,
                numeros);
        try (PreparedStatement issue = db.prepareStatement("INSERT INTO nigredo_leads.import_issues (import_id,"
                + " row_number, field, problem) VALUES (?, ?, 'email/telefone', ?)")) {
            for (int linha : linhas) {
                issue.setObject(1, importId);
                issue.setInt(2, linha);
                issue.setString(3, Supressoes.PROBLEMA_NO_IMPORT);
                issue.addBatch();
            }
            issue.executeBatch();
        }
        update(
                db,
                "UPDATE nigredo_leads.imports SET processed_rows = processed_rows + ?, suppressed = suppressed + ?"
                        + " WHERE id = ?",
                descartadas,
                descartadas,
                importId);
        return descartadas;
    }

    private static int update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            return statement.executeUpdate();
        }
    }
}
