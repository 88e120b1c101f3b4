package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.estrategia.EscolhaDeCanal;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.Variante;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plans one draft campaign (rascunho) per segment of a received import: the default messages for each stage
 * in two variants, every lead's variant and channel, and the pacing plan. Planning an import twice changes
 * nothing (unique campaign per tenant, import and segment; unique lead per campaign).
 */
@Dependent
public class PlanejamentoDeCampanhas {

    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    /** The ids of the import's campaigns, new or already planned. */
    public List<UUID> planejar(UUID importId, UUID tenantId, Instant agora) {
        try (Connection db = dataSource.getConnection()) {
            List<UUID> campanhas = new ArrayList<>();
            for (SegmentoDoImport segmento : segmentos(db, importId, tenantId)) {
                UUID campanhaId = campanha(db, tenantId, importId, segmento, agora);
                Map<CanalDeEnvio, Integer> porCanal =
                        adicionarLeads(db, campanhaId, tenantId, importId, segmento.chave());
                concluirPlano(db, campanhaId, porCanal, segmento.leads());
                campanhas.add(campanhaId);
            }
            return campanhas;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot plan the campaigns of import " + importId + ": " + e.getMessage(), e);
        }
    }

    private record SegmentoDoImport(String chave, String setor, String porte, int leads) {
        String nome(Instant agora) {
            String titulo = setor == null ? "Sem setor" : setor;
            return titulo + " · " + (porte == null ? "todos os portes" : porte) + " — importação de "
                    + DIA.format(agora.atZone(ZoneId.of("America/Sao_Paulo")));
        }
    }

    private static List<SegmentoDoImport> segmentos(Connection db, UUID importId, UUID tenantId) throws SQLException {
        List<SegmentoDoImport> segmentos = new ArrayList<>();
        try (PreparedStatement select =
                db.prepareStatement("SELECT COALESCE(metadata->>'segmento', '*|*|*'), min(setor),"
                        + " min(porte), count(*) FROM nigredo_leads.leads WHERE import_id = ? AND tenant_id = ?"
                        + " GROUP BY 1 ORDER BY 4 DESC, 1")) {
            select.setObject(1, importId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    segmentos.add(
                            new SegmentoDoImport(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)));
                }
            }
        }
        return segmentos;
    }

    private static UUID campanha(Connection db, UUID tenantId, UUID importId, SegmentoDoImport segmento, Instant agora)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome,"
                + " segmento, canal, mensagens, status, import_id, plano) VALUES (?, ?, ?, ?, 'email', ?::jsonb,"
                + " 'rascunho', ?, '{}'::jsonb) ON CONFLICT (tenant_id, import_id, segmento) WHERE import_id IS NOT NULL"
                + " DO NOTHING")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, tenantId);
            insert.setString(3, segmento.nome(agora));
            insert.setString(4, segmento.chave());
            insert.setString(5, Roteiro.padrao().toJson().toString());
            insert.setObject(6, importId);
            insert.executeUpdate();
        }
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id FROM nigredo_leads.campanhas" + " WHERE tenant_id = ? AND import_id = ? AND segmento = ?")) {
            select.setObject(1, tenantId);
            select.setObject(2, importId);
            select.setString(3, segmento.chave());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** Each lead of the segment with its stable variant and its channel; leads with no usable channel are left out. */
    private static Map<CanalDeEnvio, Integer> adicionarLeads(
            Connection db, UUID campanhaId, UUID tenantId, UUID importId, String segmento) throws SQLException {
        Map<CanalDeEnvio, Integer> porCanal = new EnumMap<>(CanalDeEnvio.class);
        try (PreparedStatement select = db.prepareStatement("SELECT id, telefone IS NOT NULL, email IS NOT NULL,"
                        + " whatsapp_opt_in IS NOT NULL FROM nigredo_leads.leads WHERE import_id = ? AND tenant_id = ?"
                        + " AND COALESCE(metadata->>'segmento', '*|*|*') = ? AND status <> 'descadastrado'");
                PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.campanha_leads (campanha_id,"
                        + " lead_id, tenant_id, variante, canal) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            select.setObject(1, importId);
            select.setObject(2, tenantId);
            select.setString(3, segmento);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID leadId = row.getObject(1, UUID.class);
                    Optional<CanalDeEnvio> canal =
                            EscolhaDeCanal.para(row.getBoolean(2), row.getBoolean(3), row.getBoolean(4));
                    if (canal.isEmpty()) {
                        continue;
                    }
                    porCanal.merge(canal.get(), 1, Integer::sum);
                    insert.setObject(1, campanhaId);
                    insert.setObject(2, leadId);
                    insert.setObject(3, tenantId);
                    insert.setString(4, Variante.de(leadId).name());
                    insert.setString(5, canal.get().name());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        return porCanal;
    }

    private static void concluirPlano(Connection db, UUID campanhaId, Map<CanalDeEnvio, Integer> porCanal, int leads)
            throws SQLException {
        String canal = porCanal.size() > 1
                ? "multi"
                : porCanal.keySet().stream().findFirst().map(Enum::name).orElse("email");
        int comCanal = porCanal.values().stream().mapToInt(Integer::intValue).sum();
        JsonArrayBuilder etapas = Json.createArrayBuilder();
        for (Etapa etapa : Etapa.values()) {
            etapas.add(Json.createObjectBuilder()
                    .add("etapa", etapa.name())
                    .add("dias_apos_inicio", etapa.diasAposInicio()));
        }
        JsonObjectBuilder canais = Json.createObjectBuilder();
        porCanal.forEach((c, n) -> canais.add(c.name(), n));
        String plano = Json.createObjectBuilder()
                .add("etapas", etapas)
                .add("janela", "08:00–18:00, segunda a sexta, no fuso do lead, exceto feriados nacionais")
                .add("jitter_minutos", 5)
                .add("leads", comCanal)
                .add("leads_sem_canal", leads - comCanal)
                .add("canais", canais)
                .build()
                .toString();
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.campanhas SET canal = ?,"
                + " plano = ?::jsonb, updated_at = now() WHERE id = ?")) {
            update.setString(1, canal);
            update.setString(2, plano);
            update.setObject(3, campanhaId);
            update.executeUpdate();
        }
    }
}
