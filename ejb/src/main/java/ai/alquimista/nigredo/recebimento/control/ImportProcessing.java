package ai.alquimista.nigredo.recebimento.control;

import ai.alquimista.nigredo.enriquecimento.boundary.Enriquecimento;
import ai.alquimista.nigredo.enriquecimento.boundary.EnriquecimentoDoLead;
import ai.alquimista.nigredo.recebimento.AcceptedLead;
import ai.alquimista.nigredo.recebimento.Cnpj;
import ai.alquimista.nigredo.recebimento.Inconformidade;
import ai.alquimista.nigredo.recebimento.LeadRecebido;
import ai.alquimista.nigredo.recebimento.OptInWhatsapp;
import ai.alquimista.nigredo.recebimento.Recepcao;
import ai.alquimista.nigredo.recebimento.ReceptionOutcome;
import ai.alquimista.nigredo.recebimento.RejectedLead;
import ai.alquimista.nigredo.recebimento.events.RecebimentoConcluido;
import ai.alquimista.nigredo.titulares.boundary.ChaveDosTitulares;
import ai.alquimista.nigredo.titulares.boundary.Consentimentos;
import ai.alquimista.nigredo.titulares.boundary.Supressoes;
import ai.alquimista.shared.json.JsonText;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Receives one chunk of an import's rows inside the Recebimento agent's transaction. Rows are taken with
 * {@code DELETE … FOR UPDATE SKIP LOCKED}, so several sessions or instances can share an import and a received
 * row's raw personal data does not outlive its reception; a lead whose (tenant, dedupe key) already exists is a
 * duplicate (the unique index decides, not a lookup).
 */
@Dependent
public class ImportProcessing {

    /** Rows per message. */
    public static final int CHUNK = 500;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Enriquecimento enriquecimento;

    @Inject
    Clock clock;

    @Inject
    ChaveDosTitulares titulares;

    /** Whether the import has rows left, and whether this chunk finished it (then with its summary). */
    public record Progress(boolean rowsRemain, boolean completedNow, RecebimentoConcluido.Resumo summary) {}

    public Progress processChunk(UUID importId, UUID tenantId) {
        try (Connection db = dataSource.getConnection()) {
            Map<Integer, JsonObject> rows = claim(db, importId, tenantId);
            if (!rows.isEmpty()) {
                receive(db, importId, tenantId, rows);
            }
            boolean pending = rowsRemain(db, importId);
            boolean completedNow = !pending && complete(db, importId, tenantId, clock.instant());
            // Nothing claimed while rows are pending: another session holds them and will carry on.
            return new Progress(
                    pending && !rows.isEmpty(), completedNow, completedNow ? summary(db, importId, tenantId) : null);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot process import " + importId + ": " + e.getMessage(), e);
        }
    }

    /** An accepted row on its way in: its number, what it said and the lead it makes. */
    private record Aceito(int linha, JsonObject dados, AcceptedLead lead) {}

    /**
     * Set-based: the chunk's rows are validated in memory, then checked against the suppression list in one query,
     * inserted in one JDBC batch (each insert's count tells a new lead from a duplicate, so a lead repeated within
     * the chunk is a duplicate too) and given their consent records in another.
     */
    private void receive(Connection db, UUID importId, UUID tenantId, Map<Integer, JsonObject> rows)
            throws SQLException {
        int rejected = 0;
        int suppressed = 0;
        Instant agora = clock.instant();
        try (ImportIssues issues = new ImportIssues(db, importId)) {
            List<Aceito> aceitos = new ArrayList<>(rows.size());
            for (Map.Entry<Integer, JsonObject> row : rows.entrySet()) {
                ReceptionOutcome outcome = Recepcao.receive(lead(row.getValue()));
                if (outcome instanceof AcceptedLead acceptedLead) {
                    aceitos.add(new Aceito(row.getKey(), row.getValue(), acceptedLead));
                } else if (outcome instanceof RejectedLead rejectedLead) {
                    rejected++;
                    for (Inconformidade inconformidade : rejectedLead.inconformidades()) {
                        issues.add(row.getKey(), inconformidade.campo(), inconformidade.message());
                    }
                }
            }
            List<Aceito> novos = aceitos;
            if (!aceitos.isEmpty() && Supressoes.algumaDoTenant(db, tenantId)) {
                novos = naoSuprimidos(db, tenantId, aceitos, issues);
                suppressed = aceitos.size() - novos.size();
            }
            int accepted = store(db, importId, tenantId, novos, issues, agora);
            issues.flush();
            count(db, importId, rows.size(), accepted, novos.size() - accepted, rejected, suppressed, agora);
        }
    }

    /** Inserts the chunk's new leads in one batch; a lead whose dedupe key exists is reported as a duplicate. */
    private int store(
            Connection db, UUID importId, UUID tenantId, List<Aceito> novos, ImportIssues issues, Instant agora)
            throws SQLException {
        if (novos.isEmpty()) {
            return 0;
        }
        String fonte = fonte(db, importId);
        List<UUID> ids = new ArrayList<>(novos.size());
        List<String> optIns = new ArrayList<>(novos.size());
        int[] counts;
        try (PreparedStatement lead = db.prepareStatement(INSERT_LEAD)) {
            for (Aceito aceito : novos) {
                UUID leadId = UUID.randomUUID();
                String optIn = OptInWhatsapp.evidencia(
                                text(aceito.dados(), LeadRecebido.OPT_IN_WHATSAPP),
                                "import " + importId + ", linha " + aceito.linha())
                        .orElse(null);
                ids.add(leadId);
                optIns.add(optIn);
                bind(lead, leadId, aceito.lead(), tenantId, importId, optIn);
                lead.addBatch();
            }
            counts = lead.executeBatch();
        }
        List<Consentimentos.DoImport> consentimentos = new ArrayList<>(novos.size());
        for (int i = 0; i < novos.size(); i++) {
            Aceito aceito = novos.get(i);
            if (inserted(counts[i])) {
                consentimentos.add(
                        new Consentimentos.DoImport(ids.get(i), fonte + ", linha " + aceito.linha(), optIns.get(i)));
                enrich(db, ids.get(i), aceito.lead(), agora);
            } else {
                issues.add(
                        aceito.linha(),
                        "email/telefone",
                        "lead duplicado: mesmo e-mail e telefone de um lead já recebido");
            }
        }
        Consentimentos.registrarNoImport(db, tenantId, consentimentos, agora);
        return consentimentos.size();
    }

    /**
     * 1 for a new lead, 0 for a duplicate ({@code ON CONFLICT DO NOTHING}). A driver that rewrites batches
     * ({@code reWriteBatchedInserts}) answers {@code SUCCESS_NO_INFO}, which would count every lead as a duplicate.
     */
    private static boolean inserted(int count) {
        if (count != 0 && count != 1) {
            throw new IllegalStateException(
                    "the driver did not report each lead insert's count (" + count + "): is reWriteBatchedInserts on?");
        }
        return count == 1;
    }

    /**
     * An erased person (LGPD) is never received again: the row is reported as suppressed. The whole chunk is looked
     * up in one query.
     */
    private List<Aceito> naoSuprimidos(Connection db, UUID tenantId, List<Aceito> aceitos, ImportIssues issues)
            throws SQLException {
        List<List<String>> hashes = new ArrayList<>(aceitos.size());
        List<String> todos = new ArrayList<>(aceitos.size() * 2);
        for (Aceito aceito : aceitos) {
            List<String> doLead = Supressoes.hashes(
                    titulares.pseudonimos(),
                    tenantId,
                    aceito.lead().telefone().map(t -> t.e164()).orElse(null),
                    aceito.lead().email().map(e -> e.value()).orElse(null));
            hashes.add(doLead);
            todos.addAll(doLead);
        }
        Set<String> suprimidos = Supressoes.suprimidos(db, tenantId, todos);
        List<Aceito> novos = new ArrayList<>(aceitos.size());
        for (int i = 0; i < aceitos.size(); i++) {
            if (hashes.get(i).stream().anyMatch(suprimidos::contains)) {
                issues.add(aceitos.get(i).linha(), "email/telefone", Supressoes.PROBLEMA_NO_IMPORT);
            } else {
                novos.add(aceitos.get(i));
            }
        }
        return novos;
    }

    /** Where the import's leads came from, for their consent records: "importação do arquivo leads.csv (…)". */
    private static String fonte(Connection db, UUID importId) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT source, file_name FROM nigredo_leads.imports WHERE id = ?")) {
            select.setObject(1, importId);
            try (ResultSet row = select.executeQuery()) {
                String origem = !row.next()
                        ? "importação"
                        : row.getString(2) != null
                                ? "importação do arquivo " + row.getString(2)
                                : "importação pela API (" + row.getString(1) + ")";
                return origem + " " + importId;
            }
        }
    }

    private static final String INSERT_LEAD = "INSERT INTO nigredo_leads.leads (id, tenant_id, empresa, cnpj, contato,"
            + " telefone, email, setor, porte, atividade_principal, status, metadata, dedupe_key, tipo_pessoa, import_id,"
            + " whatsapp_opt_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'novo', ?::jsonb, ?, ?, ?, ?)"
            + " ON CONFLICT (tenant_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING";

    /** Only the import's own tenant's rows: an event naming another tenant claims nothing. */
    private static Map<Integer, JsonObject> claim(Connection db, UUID importId, UUID tenantId) throws SQLException {
        Map<Integer, JsonObject> rows = new TreeMap<>();
        try (PreparedStatement take = db.prepareStatement("DELETE FROM nigredo_leads.import_rows WHERE (import_id,"
                + " row_number) IN (SELECT r.import_id, r.row_number FROM nigredo_leads.import_rows r"
                + " JOIN nigredo_leads.imports i ON i.id = r.import_id WHERE r.import_id = ? AND i.tenant_id = ?"
                + " ORDER BY r.row_number LIMIT " + CHUNK
                + " FOR UPDATE OF r SKIP LOCKED) RETURNING row_number, data")) {
            take.setObject(1, importId);
            take.setObject(2, tenantId);
            try (ResultSet result = take.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getInt(1), JsonText.object(result.getString(2)));
                }
            }
        }
        return rows;
    }

    private static LeadRecebido lead(JsonObject row) {
        return new LeadRecebido(
                text(row, LeadRecebido.EMPRESA),
                text(row, LeadRecebido.CONTATO),
                text(row, LeadRecebido.TELEFONE),
                text(row, LeadRecebido.EMAIL),
                text(row, LeadRecebido.CNPJ),
                text(row, LeadRecebido.SETOR),
                text(row, LeadRecebido.PORTE),
                text(row, LeadRecebido.ATIVIDADE_PRINCIPAL));
    }

    /** Numbers in a spreadsheet cell or JSON are read as the text they show. */
    private static String text(JsonObject row, String field) {
        return JsonText.field(row, field).orElse(null);
    }

    private static void bind(
            PreparedStatement lead,
            UUID leadId,
            AcceptedLead accepted,
            UUID tenantId,
            UUID importId,
            String optInWhatsapp)
            throws SQLException {
        JsonObjectBuilder metadata = Json.createObjectBuilder()
                .add("source", "import")
                .add("import_id", importId.toString())
                .add("segmento", accepted.segmento().key())
                .add("pessoa_fisica", accepted.pessoaFisica());
        lead.setObject(1, leadId);
        lead.setObject(2, tenantId);
        lead.setString(3, accepted.empresa());
        lead.setString(4, accepted.cnpj().map(Cnpj::value).orElse(null));
        lead.setString(5, accepted.contato());
        lead.setString(6, accepted.telefone().map(t -> t.e164()).orElse(null));
        lead.setString(7, accepted.email().map(e -> e.value()).orElse(null));
        lead.setString(8, accepted.setor().orElse(null));
        lead.setString(9, accepted.porte().map(p -> p.label()).orElse(null));
        lead.setString(10, accepted.atividadePrincipal().orElse(null));
        lead.setString(11, metadata.build().toString());
        lead.setString(12, accepted.dedupeKey().hex());
        lead.setString(13, accepted.tipoPessoa().map(Enum::name).orElse(null));
        lead.setObject(14, importId);
        lead.setString(15, optInWhatsapp);
    }

    /**
     * The offline lookup answers here; a remote provider is never called inside this transaction (a chunk of 500
     * slow calls would outlast the message's visibility): the lead is marked pendente for the pending pass.
     */
    private void enrich(Connection db, UUID leadId, AcceptedLead accepted, Instant agora) throws SQLException {
        if (accepted.cnpj().isEmpty()) {
            return;
        }
        if (enriquecimento.inline()) {
            EnriquecimentoDoLead.aplicar(
                    db, leadId, enriquecimento.consultar(accepted.cnpj().get().value()), agora);
        } else {
            EnriquecimentoDoLead.agendar(db, leadId, agora);
        }
    }

    private static void count(
            Connection db,
            UUID importId,
            int processed,
            int accepted,
            int duplicates,
            int rejected,
            int suppressed,
            Instant progressedAt)
            throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.imports SET status = 'processando',"
                + " processed_rows = processed_rows + ?, accepted = accepted + ?, duplicates = duplicates + ?,"
                + " rejected = rejected + ?, suppressed = suppressed + ?, progressed_at = ?"
                + " WHERE id = ? AND status <> 'concluido'")) {
            update.setInt(1, processed);
            update.setInt(2, accepted);
            update.setInt(3, duplicates);
            update.setInt(4, rejected);
            update.setInt(5, suppressed);
            update.setTimestamp(6, java.sql.Timestamp.from(progressedAt));
            update.setObject(7, importId);
            update.executeUpdate();
        }
    }

    private static boolean rowsRemain(Connection db, UUID importId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM nigredo_leads.import_rows" + " WHERE import_id = ?)")) {
            select.setObject(1, importId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Only the chunk that flips the status reports completion, however many sessions shared the import. */
    private static boolean complete(Connection db, UUID importId, UUID tenantId, Instant now) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.imports SET status = 'concluido',"
                + " finished_at = ?, progressed_at = ? WHERE id = ? AND tenant_id = ? AND status <> 'concluido'")) {
            update.setTimestamp(1, java.sql.Timestamp.from(now));
            update.setTimestamp(2, java.sql.Timestamp.from(now));
            update.setObject(3, importId);
            update.setObject(4, tenantId);
            return update.executeUpdate() == 1;
        }
    }

    /** The accepted leads per segment of a finished import, to tell Estratégia again (the chain watchdog). */
    public RecebimentoConcluido.Resumo summary(UUID importId, UUID tenantId) {
        try (Connection db = dataSource.getConnection()) {
            return summary(db, importId, tenantId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot summarise import " + importId + ": " + e.getMessage(), e);
        }
    }

    /** The accepted leads per segment: the prioritised batches Estratégia plans campaigns from. */
    private static RecebimentoConcluido.Resumo summary(Connection db, UUID importId, UUID tenantId)
            throws SQLException {
        Map<String, Integer> segments = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT metadata->>'segmento', count(*)"
                + " FROM nigredo_leads.leads WHERE tenant_id = ? AND import_id = ? GROUP BY 1 ORDER BY 2 DESC, 1")) {
            select.setObject(1, tenantId);
            select.setObject(2, importId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    segments.put(result.getString(1) == null ? "sem-segmento" : result.getString(1), result.getInt(2));
                }
            }
        }
        return new RecebimentoConcluido.Resumo(segments);
    }
}
