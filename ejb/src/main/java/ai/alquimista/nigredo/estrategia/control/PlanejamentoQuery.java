package ai.alquimista.nigredo.estrategia.control;

import static ai.alquimista.nigredo.estrategia.control.CampanhasQuery.number;
import static ai.alquimista.nigredo.estrategia.control.CampanhasQuery.rows;

import ai.alquimista.nigredo.estrategia.Roteiro;
import ai.alquimista.nigredo.estrategia.entity.CampanhaCanal;
import ai.alquimista.nigredo.estrategia.entity.CampanhaStatus;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Planning's SQL, each statement safe to run twice or at once on two instances: the segments of an import (an
 * aggregate), one draft per segment (ON CONFLICT on the unique tenant + import + segment) and its leads (ON
 * CONFLICT on the unique campaign + lead, all of a segment in one statement).
 */
@Dependent
public class PlanejamentoQuery {

    /** Leads without a segment in their metadata form one segment. */
    private static final String SEGMENTO = "COALESCE(metadata->>'segmento', '*|*|*')";

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    /** One segment of an import: its key, the sector and size its leads share, and how many they are. */
    public record Segmento(String chave, String setor, String porte, int leads) {}

    /** A lead of a segment and what it can be reached by. */
    public record LeadDoSegmento(UUID id, boolean temTelefone, boolean temEmail, boolean optInWhatsapp) {}

    /** A lead placed in a campaign, with its variant and channel. */
    public record LeadNaCampanha(UUID id, String variante, String canal) {}

    /** The largest segment first. */
    public List<Segmento> segmentos(UUID importId, UUID tenantId) {
        return rows(em.createNativeQuery("SELECT " + SEGMENTO + ", min(setor), min(porte), count(*)"
                                + " FROM nigredo_leads.leads WHERE import_id = ? AND tenant_id = ?"
                                + " GROUP BY 1 ORDER BY 4 DESC, 1")
                        .setParameter(1, importId)
                        .setParameter(2, tenantId)
                        .getResultList())
                .stream()
                .map(row -> new Segmento((String) row[0], (String) row[1], (String) row[2], (int) number(row[3])))
                .toList();
    }

    /** The segment's draft with the default messages, unless it was planned already. */
    public void criarRascunho(UUID tenantId, UUID importId, String segmento, String nome) {
        em.createNativeQuery("INSERT INTO nigredo_leads.campanhas (id, tenant_id, nome, segmento, canal, mensagens,"
                        + " status, import_id, plano) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, CAST('{}' AS jsonb))"
                        + " ON CONFLICT (tenant_id, import_id, segmento) WHERE import_id IS NOT NULL DO NOTHING")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, tenantId)
                .setParameter(3, nome)
                .setParameter(4, segmento)
                .setParameter(5, CampanhaCanal.email.name())
                .setParameter(6, Roteiro.padrao().toJson().toString())
                .setParameter(7, CampanhaStatus.rascunho.name())
                .setParameter(8, importId)
                .executeUpdate();
    }

    /** The segment's leads, but those who unsubscribed. */
    public List<LeadDoSegmento> leads(UUID importId, UUID tenantId, String segmento) {
        return rows(em.createNativeQuery("SELECT id, telefone IS NOT NULL, email IS NOT NULL,"
                                + " whatsapp_opt_in IS NOT NULL FROM nigredo_leads.leads WHERE import_id = ?"
                                + " AND tenant_id = ? AND " + SEGMENTO + " = ? AND status <> ?")
                        .setParameter(1, importId)
                        .setParameter(2, tenantId)
                        .setParameter(3, segmento)
                        .setParameter(4, LeadStatus.descadastrado.name())
                        .getResultList())
                .stream()
                .map(row -> new LeadDoSegmento((UUID) row[0], (Boolean) row[1], (Boolean) row[2], (Boolean) row[3]))
                .toList();
    }

    /** Adds the leads to the campaign in one statement; a lead already in it keeps its variant and channel. */
    public void adicionar(UUID campanhaId, UUID tenantId, List<LeadNaCampanha> leads) {
        if (leads.isEmpty()) {
            return;
        }
        em.createNativeQuery(
                        "INSERT INTO nigredo_leads.campanha_leads (campanha_id, lead_id, tenant_id, variante,"
                                + " canal) SELECT ?, l.lead_id, ?, l.variante, l.canal FROM unnest(CAST(? AS uuid[]),"
                                + " CAST(? AS text[]), CAST(? AS text[])) AS l(lead_id, variante, canal) ON CONFLICT DO NOTHING")
                .setParameter(1, campanhaId)
                .setParameter(2, tenantId)
                .setParameter(3, array(leads.stream().map(lead -> lead.id().toString())))
                .setParameter(4, array(leads.stream().map(LeadNaCampanha::variante)))
                .setParameter(5, array(leads.stream().map(LeadNaCampanha::canal)))
                .executeUpdate();
    }

    /** A PostgreSQL array literal of values that need no quoting (uuids, enum names). */
    private static String array(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.joining(",", "{", "}"));
    }
}
