package ai.alquimista.nigredo.estrategia.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.disparo.boundary.RitmoDoDisparo;
import ai.alquimista.nigredo.estrategia.CamposDoLead;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.ModeloDeMensagem;
import ai.alquimista.nigredo.estrategia.Renderizacao;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.nigredo.estrategia.events.CampanhaAprovada;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.json.JsonAnswers;
import ai.alquimista.shared.json.JsonText;
import ai.alquimista.shared.templates.TemplateRefused;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A tenant's campaigns: list, read, preview, edit the messages of a draft, and move them through
 * rascunho → aprovada (a person approves) → ativa (Disparo scheduled them) ⇄ pausada. Always within the
 * caller's tenant: another tenant's campaign does not exist (404).
 */
@Stateless
public class Campanhas {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    EventIntake events;

    @Inject
    ActivationGate activations;

    @Inject
    AuditTrail audit;

    @Inject
    RitmoDoDisparo ritmo;

    private static final List<String> STATUS_DE_ENVIO =
            List.of("agendado", "enviado", "bloqueado", "falhou", "cancelado");

    /** A campaign with its lead count and its sends per status, in one row. */
    private static final String COLUMNS = "c.id, c.nome, c.segmento, c.canal, c.status, c.plano, c.created_at,"
            + " c.approved_by, c.approved_at, c.import_id, (SELECT count(*) FROM nigredo_leads.campanha_leads cl"
            + " WHERE cl.campanha_id = c.id) AS leads, (SELECT jsonb_build_object("
            + STATUS_DE_ENVIO.stream()
                    .map(status -> "'" + status + "', count(*) FILTER (WHERE e.status = '" + status + "')")
                    .collect(Collectors.joining(", "))
            + ") FROM nigredo_leads.envios e WHERE e.campanha_id = c.id) AS envios";

    public JsonObject page(Caller caller, int page, int size) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("SELECT " + COLUMNS + ", count(*) OVER () AS total"
                        + " FROM nigredo_leads.campanhas c WHERE c.tenant_id = ? ORDER BY c.created_at DESC, c.nome"
                        + " LIMIT ? OFFSET ?")) {
            select.setObject(1, caller.tenantId());
            select.setInt(2, size);
            select.setInt(3, page * size);
            JsonArrayBuilder items = Json.createArrayBuilder();
            long total = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    total = row.getLong("total");
                    items.add(summary(row));
                }
            }
            return JsonAnswers.page(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list campaigns: " + e.getMessage(), e);
        }
    }

    public JsonObject describe(Caller caller, UUID id) {
        try (Connection db = dataSource.getConnection()) {
            return describe(db, caller.tenantId(), id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read campaign " + id + ": " + e.getMessage(), e);
        }
    }

    /** The messages of the first {@code limit} leads, rendered as each lead would receive them. */
    public JsonObject preview(Caller caller, UUID id, int limit) {
        try (Connection db = dataSource.getConnection()) {
            Roteiro roteiro =
                    Roteiro.fromJson(describe(db, caller.tenantId(), id).getJsonObject("mensagens"));
            String remetente = remetente(db, caller.tenantId());
            JsonArrayBuilder items = Json.createArrayBuilder();
            try (PreparedStatement select = db.prepareStatement("SELECT l.id, l.empresa, l.contato, l.setor,"
                    + " cl.variante, cl.canal, CASE WHEN cl.canal = 'whatsapp' THEN l.telefone ELSE l.email END"
                    + " FROM nigredo_leads.campanha_leads cl JOIN nigredo_leads.leads l ON l.id = cl.lead_id"
                    + " WHERE cl.campanha_id = ? AND cl.tenant_id = ? ORDER BY l.empresa, l.id LIMIT ?")) {
                select.setObject(1, id);
                select.setObject(2, caller.tenantId());
                select.setInt(3, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        items.add(previewOf(row, roteiro, remetente));
                    }
                }
            }
            audit.record(caller, "campanha.preview", "campanha", id.toString());
            return Json.createObjectBuilder()
                    .add("campanha_id", id.toString())
                    .add("items", items)
                    .build();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot preview campaign " + id + ": " + e.getMessage(), e);
        }
    }

    private static JsonObjectBuilder previewOf(ResultSet row, Roteiro roteiro, String remetente) throws SQLException {
        CamposDoLead campos =
                new CamposDoLead(row.getString("contato"), row.getString("empresa"), row.getString("setor"), remetente);
        Variante variante = Variante.valueOf(row.getString("variante"));
        JsonArrayBuilder etapas = Json.createArrayBuilder();
        for (Etapa etapa : Etapa.values()) {
            ModeloDeMensagem modelo = roteiro.modelo(etapa, variante);
            String path = "mensagens." + etapa + "." + variante;
            etapas.add(Json.createObjectBuilder()
                    .add("etapa", etapa.name())
                    .add("assunto", renderStored(modelo.assunto(), campos, path + ".assunto"))
                    .add("corpo", renderStored(modelo.corpo(), campos, path + ".corpo"))
                    .add("modelo_whatsapp", modelo.modeloWhatsapp()));
        }
        return Json.createObjectBuilder()
                .add(
                        "lead",
                        Json.createObjectBuilder()
                                .add("id", row.getString("id"))
                                .add("empresa", row.getString("empresa"))
                                .add("contato", row.getString("contato") == null ? "" : row.getString("contato")))
                .add("canal", row.getString("canal"))
                .add("destinatario", row.getString(7))
                .add("variante", variante.name())
                .add("etapas", etapas);
    }

    /** A template stored before the sandbox existed is refused at render time too: the draft must be edited. */
    private static String renderStored(String template, CamposDoLead campos, String field) {
        try {
            return Renderizacao.render(template, campos);
        } catch (TemplateRefused e) {
            throw new Conflict(field + " holds a template that is not allowed (" + e.getMessage()
                    + "); replace the campaign's messages");
        }
    }

    /** The campaign's sends, next due first, optionally of one status; who they go to is personal data (audited). */
    public JsonObject envios(Caller caller, UUID id, String status, int page, int size) {
        if (status != null && !STATUS_DE_ENVIO.contains(status)) {
            throw new InvalidInput(
                    List.of(new Violation("status", "must be one of " + String.join(", ", STATUS_DE_ENVIO))));
        }
        try (Connection db = dataSource.getConnection()) {
            describe(db, caller.tenantId(), id);
            JsonArrayBuilder items = Json.createArrayBuilder();
            long total = 0;
            try (PreparedStatement select =
                    db.prepareStatement("SELECT e.id, e.lead_id, l.empresa, e.etapa, e.variante,"
                            + " e.canal, e.destinatario, e.status, e.due_at, e.sent_at, e.motivo, count(*) OVER () AS total"
                            + " FROM nigredo_leads.envios e JOIN nigredo_leads.leads l ON l.id = e.lead_id"
                            + " WHERE e.campanha_id = ? AND e.tenant_id = ? AND (?::text IS NULL OR e.status = ?)"
                            + " ORDER BY COALESCE(e.sent_at, e.due_at) DESC, e.id LIMIT ? OFFSET ?")) {
                select.setObject(1, id);
                select.setObject(2, caller.tenantId());
                select.setString(3, status);
                select.setString(4, status);
                select.setInt(5, size);
                select.setInt(6, page * size);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        total = row.getLong("total");
                        items.add(envio(row));
                    }
                }
            }
            audit.record(caller, "campanha.envios", "campanha", id.toString());
            return JsonAnswers.page(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the sends of campaign " + id + ": " + e.getMessage(), e);
        }
    }

    private static JsonObjectBuilder envio(ResultSet row) throws SQLException {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", row.getString("id"))
                .add("lead_id", row.getString("lead_id"))
                .add("empresa", row.getString("empresa"))
                .add("etapa", row.getString("etapa"))
                .add("variante", row.getString("variante"))
                .add("canal", row.getString("canal"))
                .add("destinatario", row.getString("destinatario"))
                .add("status", row.getString("status"))
                .add("due_at", row.getTimestamp("due_at").toInstant().toString());
        Timestamp sentAt = row.getTimestamp("sent_at");
        JsonAnswers.optional(json, "sent_at", sentAt == null ? null : sentAt.toInstant());
        return JsonAnswers.optional(json, "motivo", row.getString("motivo"));
    }

    /** A draft's messages, replaced as a whole; each template must pass the template sandbox. */
    public JsonObject replaceMessages(Caller caller, UUID id, JsonObject mensagens) {
        Roteiro roteiro = validRoteiro(mensagens);
        int updated = update(
                id,
                "UPDATE nigredo_leads.campanhas SET mensagens = ?::jsonb, updated_at = now()"
                        + " WHERE id = ? AND tenant_id = ? AND status = 'rascunho'",
                roteiro.toJson().toString(),
                id,
                caller.tenantId());
        requireTransition(caller, id, updated, Set.of("rascunho"), "edit the messages of");
        audit.record(caller, "campanha.mensagens", "campanha", id.toString());
        return describe(caller, id);
    }

    /** rascunho → aprovada; Disparo then schedules the messages and makes it ativa. */
    public JsonObject approve(Caller caller, UUID id) {
        if (!activations.allows(caller.tenantId(), Queue.DISPARO)) {
            describe(caller, id);
            throw new Conflict("activate the Disparo agent in the marketplace before approving a campaign: nothing"
                    + " would send it");
        }
        int updated = update(
                id,
                "UPDATE nigredo_leads.campanhas SET status = 'aprovada', approved_by = ?,"
                        + " approved_at = now(), updated_at = now() WHERE id = ? AND tenant_id = ? AND status = 'rascunho'",
                caller.email(),
                id,
                caller.tenantId());
        requireTransition(caller, id, updated, Set.of("rascunho"), "approve");
        events.publish(new CampanhaAprovada(id), caller.tenantId());
        audit.record(caller, "campanha.approve", "campanha", id.toString());
        return describe(caller, id);
    }

    public JsonObject pause(Caller caller, UUID id) {
        int updated = update(
                id,
                "UPDATE nigredo_leads.campanhas SET status = 'pausada', updated_at = now()"
                        + " WHERE id = ? AND tenant_id = ? AND status IN ('aprovada', 'ativa')",
                id,
                caller.tenantId());
        requireTransition(caller, id, updated, Set.of("aprovada", "ativa"), "pause");
        audit.record(caller, "campanha.pause", "campanha", id.toString());
        return describe(caller, id);
    }

    /** Back to ativa once Disparo scheduled its sends (it also does for a paused campaign), else to aprovada. */
    public JsonObject resume(Caller caller, UUID id) {
        int updated = update(
                id,
                "UPDATE nigredo_leads.campanhas SET status = CASE WHEN EXISTS (SELECT 1 FROM"
                        + " nigredo_leads.envios e WHERE e.campanha_id = id) THEN 'ativa' ELSE 'aprovada' END, updated_at = now()"
                        + " WHERE id = ? AND tenant_id = ? AND status = 'pausada'",
                id,
                caller.tenantId());
        requireTransition(caller, id, updated, Set.of("pausada"), "resume");
        ritmo.retomar(caller.tenantId());
        audit.record(caller, "campanha.resume", "campanha", id.toString());
        return describe(caller, id);
    }

    private static Roteiro validRoteiro(JsonObject mensagens) {
        Roteiro roteiro;
        try {
            roteiro = Roteiro.fromJson(mensagens);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new Violation("mensagens", e.getMessage())));
        }
        List<Violation> violations = new ArrayList<>();
        for (Etapa etapa : Etapa.values()) {
            for (Variante variante : Variante.values()) {
                ModeloDeMensagem modelo = roteiro.modelo(etapa, variante);
                String path = "mensagens." + etapa + "." + variante;
                check(modelo.assunto(), path + ".assunto", 200, violations);
                check(modelo.corpo(), path + ".corpo", 4096, violations);
                if (!modelo.modeloWhatsapp().matches("[a-z0-9_]{1,512}")) {
                    violations.add(new Violation(
                            path + ".modelo_whatsapp",
                            "must be the approved template's name: lower-case letters, digits and _"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return roteiro;
    }

    private static void check(String template, String field, int max, List<Violation> violations) {
        if (template.isBlank() || template.length() > max) {
            violations.add(new Violation(field, "must have between 1 and " + max + " characters"));
            return;
        }
        try {
            Renderizacao.validar(template);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, e.getMessage()));
        }
    }

    private void requireTransition(Caller caller, UUID id, int updated, Set<String> from, String action) {
        if (updated == 0) {
            String status = describe(caller, id).getString("status");
            throw new Conflict("cannot " + action + " a campaign that is " + status + "; only one that is "
                    + String.join(" or ", new java.util.TreeSet<>(from)));
        }
    }

    /** Runs a campaign UPDATE; how many rows it changed (0: not this tenant's, or not in the state it requires). */
    private int update(UUID id, String sql, Object... parameters) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change campaign " + id + ": " + e.getMessage(), e);
        }
    }

    private static JsonObject describe(Connection db, UUID tenantId, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT " + COLUMNS + ", c.mensagens"
                + " FROM nigredo_leads.campanhas c WHERE c.id = ? AND c.tenant_id = ?")) {
            select.setObject(1, id);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no campanha " + id);
                }
                return summary(row)
                        .add("mensagens", JsonText.object(row.getString("mensagens")))
                        .add("variantes", variantes(db, id))
                        .build();
            }
        }
    }

    private static JsonObjectBuilder summary(ResultSet row) throws SQLException {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", row.getString("id"))
                .add("nome", row.getString("nome"))
                .add("segmento", row.getString("segmento") == null ? "" : row.getString("segmento"))
                .add("canal", row.getString("canal") == null ? "email" : row.getString("canal"))
                .add("status", row.getString("status"))
                .add("leads", row.getLong("leads"))
                .add("plano", JsonText.object(row.getString("plano")))
                .add("envios", JsonText.object(row.getString("envios")))
                .add("created_at", row.getTimestamp("created_at").toInstant().toString());
        Timestamp approvedAt = row.getTimestamp("approved_at");
        JsonAnswers.optional(json, "approved_at", approvedAt == null ? null : approvedAt.toInstant());
        JsonAnswers.optional(json, "approved_by", row.getString("approved_by"));
        return JsonAnswers.optional(json, "import_id", row.getString("import_id"));
    }

    /** The A/B split and what each variant achieved so far (sent and answered), to compare them. */
    private static JsonObject variantes(Connection db, UUID campanhaId) throws SQLException {
        JsonObjectBuilder variantes = Json.createObjectBuilder();
        try (PreparedStatement select = db.prepareStatement("SELECT cl.variante, count(*),"
                + " count(*) FILTER (WHERE l.status IN ('respondeu', 'interessado', 'agendado', 'convertido'))"
                + " FROM nigredo_leads.campanha_leads cl JOIN nigredo_leads.leads l ON l.id = cl.lead_id"
                + " WHERE cl.campanha_id = ? GROUP BY cl.variante ORDER BY 1")) {
            select.setObject(1, campanhaId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    variantes.add(
                            row.getString(1),
                            Json.createObjectBuilder()
                                    .add("leads", row.getLong(2))
                                    .add("responderam", row.getLong(3)));
                }
            }
        }
        return variantes.build();
    }

    static String remetente(Connection db, UUID tenantId) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT company_name FROM alquimista_platform.tenants" + " WHERE id = ?")) {
            select.setObject(1, tenantId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }
}
