package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.nigredo.estrategia.boundary.EnviosPorStatus;
import ai.alquimista.nigredo.estrategia.boundary.ResultadoDaVariante;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the campaigns' pages count, in SQL because it is aggregates over tables with no entity of their own
 * (campanha_leads, campanha_importacoes, and Disparo's envios): leads and imports per campaign, sends per status, the A/B split and its answers;
 * and the leads a preview renders.
 */
@Dependent
public class CampanhasQuery {

    /** A lead's statuses that mean it answered. */
    private static final String RESPONDERAM = Stream.of(
                    LeadStatus.respondeu, LeadStatus.interessado, LeadStatus.agendado, LeadStatus.convertido)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private static final String AGREGADOS = "SELECT c.id, (SELECT count(*) FROM nigredo_leads.campanha_leads cl"
            + " WHERE cl.campanha_id = c.id), (SELECT count(*) FROM nigredo_leads.campanha_importacoes ci"
            + " WHERE ci.campanha_id = c.id), (SELECT ci.import_id FROM nigredo_leads.campanha_importacoes ci"
            + " WHERE ci.campanha_id = c.id ORDER BY ci.created_at DESC, ci.import_id LIMIT 1), "
            + EnviosPorStatus.STATUS.stream()
                    .map(status -> "count(e.id) FILTER (WHERE e.status = '" + status + "')")
                    .collect(Collectors.joining(", "))
            + " FROM nigredo_leads.campanhas c LEFT JOIN nigredo_leads.envios e ON e.campanha_id = c.id"
            + " WHERE c.tenant_id = ? AND c.id = ANY(CAST(? AS uuid[])) GROUP BY c.id";

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    /** A campaign's leads, the imports that brought them (the latest last), and its sends per status. */
    public record Agregados(long leads, long importacoes, UUID ultimaImportacao, EnviosPorStatus envios) {
        public static final Agregados NENHUM = new Agregados(0, 0, null, EnviosPorStatus.NENHUM);
    }

    /** A lead as a preview shows it, with its variant, channel and the address that channel reaches. */
    public record LeadDaCampanha(
            UUID id,
            String empresa,
            String contato,
            String setor,
            Variante variante,
            String canal,
            String destinatario) {}

    /** For each of the tenant's campaigns asked about; a campaign with no lead and no send counts zero. */
    public Map<UUID, Agregados> agregados(UUID tenantId, Collection<UUID> campanhas) {
        Map<UUID, Agregados> agregados = new HashMap<>();
        if (campanhas.isEmpty()) {
            return agregados;
        }
        String ids = campanhas.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        for (Object[] row : rows(em.createNativeQuery(AGREGADOS)
                .setParameter(1, tenantId)
                .setParameter(2, ids)
                .getResultList())) {
            EnviosPorStatus envios = new EnviosPorStatus(
                    number(row[4]),
                    number(row[5]),
                    number(row[6]),
                    number(row[7]),
                    number(row[8]),
                    number(row[9]),
                    number(row[10]));
            agregados.put((UUID) row[0], new Agregados(number(row[1]), number(row[2]), (UUID) row[3], envios));
        }
        return agregados;
    }

    /** Per variant (A, B, in that order): its leads and how many of them answered so far. */
    public Map<String, ResultadoDaVariante> variantes(UUID campanhaId) {
        Map<String, ResultadoDaVariante> variantes = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT cl.variante, count(*), count(*) FILTER (WHERE l.status"
                        + " IN (" + RESPONDERAM + ")) FROM nigredo_leads.campanha_leads cl JOIN nigredo_leads.leads l"
                        + " ON l.id = cl.lead_id WHERE cl.campanha_id = ? GROUP BY cl.variante ORDER BY 1")
                .setParameter(1, campanhaId)
                .getResultList())) {
            variantes.put(row[0].toString().strip(), new ResultadoDaVariante(number(row[1]), number(row[2])));
        }
        return variantes;
    }

    /** Whether Disparo already scheduled the campaign's sends. */
    public boolean temEnvios(UUID campanhaId) {
        return (Boolean)
                em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM nigredo_leads.envios WHERE campanha_id = ?)")
                        .setParameter(1, campanhaId)
                        .getSingleResult();
    }

    /** The campaign's first leads by company name, as a preview shows them. */
    public List<LeadDaCampanha> leadsDaPrevia(UUID tenantId, UUID campanhaId, int limite) {
        return rows(em.createNativeQuery("SELECT l.id, l.empresa, l.contato, l.setor, cl.variante, cl.canal,"
                                + " CASE WHEN cl.canal = 'whatsapp' THEN l.telefone ELSE l.email END"
                                + " FROM nigredo_leads.campanha_leads cl JOIN nigredo_leads.leads l ON l.id = cl.lead_id"
                                + " WHERE cl.campanha_id = ? AND cl.tenant_id = ? ORDER BY l.empresa, l.id LIMIT ?")
                        .setParameter(1, campanhaId)
                        .setParameter(2, tenantId)
                        .setParameter(3, limite)
                        .getResultList())
                .stream()
                .map(row -> new LeadDaCampanha(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        Variante.valueOf(row[4].toString().strip()),
                        (String) row[5],
                        (String) row[6]))
                .toList();
    }

    /** Who the tenant's messages come from: its company name. */
    public String remetente(UUID tenantId) {
        return em.createQuery("SELECT t.companyName FROM Tenant t WHERE t.id = :id", String.class)
                .setParameter("id", tenantId)
                .getResultStream()
                .findFirst()
                .orElse("");
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
