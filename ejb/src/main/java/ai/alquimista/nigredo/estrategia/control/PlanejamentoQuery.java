package ai.alquimista.nigredo.estrategia.control;

import static ai.alquimista.nigredo.estrategia.control.CampanhasQuery.number;
import static ai.alquimista.nigredo.estrategia.control.CampanhasQuery.rows;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.entity.CampanhaCanal;
import ai.alquimista.nigredo.estrategia.entity.CampanhaStatus;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Planning's SQL, each statement safe to run twice or at once on two instances: the segments of an import (an
 * aggregate), the segment's one open draft (ON CONFLICT on the unique partial index "one rascunho per tenant and
 * segment"), its leads (ON CONFLICT on the unique campaign + lead, all of an import's segment in one statement) and
 * the import that brought them (ON CONFLICT on the unique campaign + import).
 */
@Dependent
public class PlanejamentoQuery {

    /** Leads without a segment in their metadata form one segment. */
    private static final String SEGMENTO = "COALESCE(l.metadata->>'segmento', '*|*|*')";

    /** On the tenant's blocklist by phone. */
    private static final String TELEFONE_BLOQUEADO = "EXISTS (SELECT 1 FROM nigredo_leads.blocklist b"
            + " WHERE b.tenant_id = l.tenant_id AND b.telefone = l.telefone)";

    /** On the tenant's blocklist by address or by the address's domain. */
    private static final String EMAIL_BLOQUEADO = "EXISTS (SELECT 1 FROM nigredo_leads.blocklist b"
            + " WHERE b.tenant_id = l.tenant_id AND (b.email = l.email"
            + " OR lower(b.dominio) = lower(split_part(l.email, '@', 2))))";

    /** In a campaign that is not over: a lead is never in two at once. */
    private static final String EM_CAMPANHA = "EXISTS (SELECT 1 FROM nigredo_leads.campanha_leads cl"
            + " JOIN nigredo_leads.campanhas c ON c.id = cl.campanha_id WHERE cl.lead_id = l.id"
            + " AND cl.tenant_id = l.tenant_id AND c.status <> '" + CampanhaStatus.concluida.name() + "')";

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    /** One segment of an import: its key, the sector and size its leads share, and how many they are. */
    public record Segmento(String chave, String setor, String porte, int leads) {}

    /**
     * A lead of a segment and what it can be reached by: a phone or an address that is not on the blocklist, and
     * whether it left (descadastrado) or is in a campaign already.
     */
    public record LeadDoSegmento(
            UUID id,
            boolean temTelefone,
            boolean temEmail,
            boolean optInWhatsapp,
            boolean descadastrado,
            boolean emCampanha) {}

    /** A lead placed in a campaign, with its variant and channel. */
    public record LeadNaCampanha(UUID id, String variante, String canal) {}

    /** A campaign's leads per channel, and the leads its imports brought that no channel reaches. */
    public record Totais(Map<CanalDeEnvio, Integer> porCanal, int semCanal) {}

    /** The largest segment first. */
    public List<Segmento> segmentos(UUID importId, UUID tenantId) {
        return rows(em.createNativeQuery("SELECT " + SEGMENTO + ", min(l.setor), min(l.porte), count(*)"
                                + " FROM nigredo_leads.leads l WHERE l.import_id = ? AND l.tenant_id = ?"
                                + " GROUP BY 1 ORDER BY 4 DESC, 1")
                        .setParameter(1, importId)
                        .setParameter(2, tenantId)
                        .getResultList())
                .stream()
                .map(row -> new Segmento((String) row[0], (String) row[1], (String) row[2], (int) number(row[3])))
                .toList();
    }

    /** The import's leads of the segment. */
    public List<LeadDoSegmento> leads(UUID importId, UUID tenantId, String segmento) {
        return rows(em.createNativeQuery("SELECT l.id, l.telefone IS NOT NULL AND NOT " + TELEFONE_BLOQUEADO + ","
                                + " l.email IS NOT NULL AND NOT " + EMAIL_BLOQUEADO + ","
                                + " l.whatsapp_opt_in IS NOT NULL, l.status = ?, " + EM_CAMPANHA
                                + " FROM nigredo_leads.leads l WHERE l.import_id = ? AND l.tenant_id = ? AND "
                                + SEGMENTO + " = ?")
                        .setParameter(1, LeadStatus.descadastrado.name())
                        .setParameter(2, importId)
                        .setParameter(3, tenantId)
                        .setParameter(4, segmento)
                        .getResultList())
                .stream()
                .map(row -> new LeadDoSegmento(
                        (UUID) row[0], (Boolean) row[1], (Boolean) row[2], (Boolean) row[3], (Boolean) row[4], (Boolean)
                                row[5]))
                .toList();
    }

    /**
     * The segment's open draft, created with the default messages when there is none, and locked for this
     * transaction either way (DO UPDATE locks the row it meets): a second planner of the same segment waits here
     * for the first to commit, then meets the same draft.
     */
    public void abrirRascunho(UUID tenantId, String segmento, String nome, Instant agora) {
        em.createNativeQuery("INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, segmento, canal, mensagens,"
                        + " status, plano, created_at, updated_at) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?,"
                        + " CAST('{}' AS jsonb), ?, ?) ON CONFLICT (tenant_id, segmento)"
                        + " WHERE status = 'rascunho' AND import_id IS NULL"
                        + " DO UPDATE SET updated_at = EXCLUDED.updated_at")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, tenantId)
                .setParameter(3, nome)
                .setParameter(4, segmento)
                .setParameter(5, CampanhaCanal.email.name())
                .setParameter(6, Roteiro.padrao().toJson().toString())
                .setParameter(7, CampanhaStatus.rascunho.name())
                .setParameter(8, Timestamp.from(agora))
                .setParameter(9, Timestamp.from(agora))
                .executeUpdate();
    }

    /**
     * How many campaigns the tenant had of the segment, gathered per segment (not the drafts planned per import
     * before): the next one is numbered after them.
     */
    public long campanhasDoSegmento(UUID tenantId, String segmento) {
        return number(em.createNativeQuery("SELECT count(*) FROM nigredo_leads.campanhas WHERE tenant_id = ?"
                        + " AND segmento = ? AND import_id IS NULL")
                .setParameter(1, tenantId)
                .setParameter(2, segmento)
                .getSingleResult());
    }

    /** The campaign of the segment the import already fed, if it did (the same import planned again). */
    public Optional<UUID> campanhaDaImportacao(UUID tenantId, UUID importId, String segmento) {
        return em.createNativeQuery("SELECT ci.campanha_id FROM nigredo_leads.campanha_importacoes ci"
                        + " JOIN nigredo_leads.campanhas c ON c.id = ci.campanha_id WHERE ci.tenant_id = ?"
                        + " AND ci.import_id = ? AND c.segmento = ?")
                .setParameter(1, tenantId)
                .setParameter(2, importId)
                .setParameter(3, segmento)
                .getResultStream()
                .map(UUID.class::cast)
                .findFirst();
    }

    /**
     * Adds the leads to the campaign in one statement, each with the import that brought it; a lead already in it
     * keeps its variant and channel.
     *
     * @return how many joined
     */
    public int adicionar(UUID campanhaId, UUID tenantId, UUID importId, List<LeadNaCampanha> leads) {
        if (leads.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("INSERT INTO nigredo_leads.campanha_leads (campanha_id, lead_id, tenant_id,"
                        + " variante, canal, import_id) SELECT ?, l.lead_id, ?, l.variante, l.canal, ?"
                        + " FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]))"
                        + " AS l(lead_id, variante, canal) ON CONFLICT DO NOTHING")
                .setParameter(1, campanhaId)
                .setParameter(2, tenantId)
                .setParameter(3, importId)
                .setParameter(4, array(leads.stream().map(lead -> lead.id().toString())))
                .setParameter(5, array(leads.stream().map(LeadNaCampanha::variante)))
                .setParameter(6, array(leads.stream().map(LeadNaCampanha::canal)))
                .executeUpdate();
    }

    /** The import fed the campaign: how many of its leads joined and how many no channel reaches. Recorded once. */
    public void registrarImportacao(UUID campanhaId, UUID tenantId, UUID importId, int leads, int semCanal) {
        em.createNativeQuery("INSERT INTO nigredo_leads.campanha_importacoes (campanha_id, import_id, tenant_id,"
                        + " leads, sem_canal) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, campanhaId)
                .setParameter(2, importId)
                .setParameter(3, tenantId)
                .setParameter(4, leads)
                .setParameter(5, semCanal)
                .executeUpdate();
    }

    /** Estratégia has placed the import's leads: the chain watchdog no longer hands the import to it. */
    public void marcarPlanejada(UUID importId, UUID tenantId, Instant agora) {
        em.createNativeQuery("UPDATE nigredo_leads.imports SET planned_at = ? WHERE id = ? AND tenant_id = ?"
                        + " AND planned_at IS NULL")
                .setParameter(1, java.sql.Timestamp.from(agora))
                .setParameter(2, importId)
                .setParameter(3, tenantId)
                .executeUpdate();
    }

    /** All the campaign's leads per channel, whatever import brought them. */
    public Totais totais(UUID campanhaId) {
        Map<CanalDeEnvio, Integer> porCanal = new EnumMap<>(CanalDeEnvio.class);
        for (Object[] row : rows(em.createNativeQuery("SELECT canal, count(*) FROM nigredo_leads.campanha_leads"
                        + " WHERE campanha_id = ? GROUP BY canal")
                .setParameter(1, campanhaId)
                .getResultList())) {
            porCanal.put(CanalDeEnvio.valueOf((String) row[0]), (int) number(row[1]));
        }
        int semCanal = (int) number(em.createNativeQuery("SELECT COALESCE(sum(sem_canal), 0) FROM"
                        + " nigredo_leads.campanha_importacoes WHERE campanha_id = ?")
                .setParameter(1, campanhaId)
                .getSingleResult());
        return new Totais(porCanal, semCanal);
    }

    /** A PostgreSQL array literal of values that need no quoting (uuids, enum names). */
    private static String array(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.joining(",", "{", "}"));
    }
}
