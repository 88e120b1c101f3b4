package ai.alquimista.nigredo.leads.boundary;

import ai.alquimista.nigredo.leads.entity.Lead;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.json.JsonAnswers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/** The tenant's leads (personal data: every read is audited) and its funnel summary. */
@Stateless
public class LeadsQuery {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    AuditTrail audit;

    public JsonObject page(Caller caller, int page, int size) {
        long total = em.createQuery("SELECT COUNT(l) FROM Lead l WHERE l.tenantId = :tenant", Long.class)
                .setParameter("tenant", caller.tenantId().toString())
                .getSingleResult();
        JsonArrayBuilder items = Json.createArrayBuilder();
        em.createQuery("SELECT l FROM Lead l WHERE l.tenantId = :tenant ORDER BY l.createdAt DESC, l.id", Lead.class)
                .setParameter("tenant", caller.tenantId().toString())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList()
                .forEach(lead -> items.add(view(lead)));
        audit.record(
                caller,
                "lead.list",
                "lead",
                null,
                Json.createObjectBuilder().add("page", page).add("size", size).build());
        return JsonAnswers.page(items, page, size, total);
    }

    /** Leads per funnel stage: a lead further down the funnel has passed every stage above it. */
    public JsonObject funnel(Caller caller) {
        Map<LeadStatus, Long> byStatus = new EnumMap<>(LeadStatus.class);
        em.createQuery(
                        "SELECT l.status, COUNT(l) FROM Lead l WHERE l.tenantId = :tenant GROUP BY l.status",
                        Object[].class)
                .setParameter("tenant", caller.tenantId().toString())
                .getResultList()
                .forEach(row -> byStatus.put((LeadStatus) row[0], (Long) row[1]));
        long convertidos = count(byStatus, LeadStatus.convertido);
        long agendados = convertidos + count(byStatus, LeadStatus.agendado);
        long interessados = agendados + count(byStatus, LeadStatus.interessado);
        long responderam = interessados + count(byStatus, LeadStatus.respondeu);
        long contatados = responderam + count(byStatus, LeadStatus.contatado);
        long enriquecidos = contatados + count(byStatus, LeadStatus.enriquecido);
        long recebidos = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return Json.createObjectBuilder()
                .add("recebidos", recebidos)
                .add("enriquecidos", enriquecidos)
                .add("contatados", contatados)
                .add("responderam", responderam)
                .add("interessados", interessados)
                .add("agendados", agendados)
                .add("convertidos", convertidos)
                .add("descartados", count(byStatus, LeadStatus.descartado))
                .add("descadastrados", count(byStatus, LeadStatus.descadastrado))
                .add(
                        "taxas",
                        Json.createObjectBuilder()
                                .add("enriquecimento", rate(enriquecidos, recebidos))
                                .add("resposta", rate(responderam, contatados))
                                .add("interesse", rate(interessados, responderam))
                                .add("agendamento", rate(agendados, interessados))
                                .add("conversao", rate(convertidos, recebidos)))
                .build();
    }

    private static long count(Map<LeadStatus, Long> byStatus, LeadStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static JsonObject view(Lead lead) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", lead.getId().toString())
                .add("empresa", lead.getEmpresa())
                .add("status", lead.getStatus().name())
                .add("created_at", lead.getCreatedAt().toString());
        JsonAnswers.optional(json, "contato", lead.getContato());
        JsonAnswers.optional(json, "email", lead.getEmail());
        JsonAnswers.optional(json, "telefone", lead.getTelefone());
        JsonAnswers.optional(json, "setor", lead.getSetor());
        JsonAnswers.optional(json, "porte", lead.getPorte());
        JsonAnswers.optional(json, "cnpj", lead.getCnpj());
        return json.build();
    }
}
