package ai.alquimista.nigredo.leads.boundary;

import ai.alquimista.nigredo.leads.entity.LeadStatus;
import java.util.Map;

/**
 * Leads per funnel stage, and the stage-to-stage rates: a lead further down the funnel has passed every stage above
 * it, so each stage counts the leads at it and below.
 */
public record Funil(
        long recebidos,
        long enriquecidos,
        long contatados,
        long responderam,
        long interessados,
        long agendados,
        long convertidos,
        long descartados,
        long descadastrados,
        TaxasDoFunil taxas) {

    static Funil of(Map<LeadStatus, Long> byStatus) {
        long convertidos = count(byStatus, LeadStatus.convertido);
        long agendados = convertidos + count(byStatus, LeadStatus.agendado);
        long interessados = agendados + count(byStatus, LeadStatus.interessado);
        long responderam = interessados + count(byStatus, LeadStatus.respondeu);
        long contatados = responderam + count(byStatus, LeadStatus.contatado);
        long enriquecidos = contatados + count(byStatus, LeadStatus.enriquecido);
        long recebidos = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Funil(
                recebidos,
                enriquecidos,
                contatados,
                responderam,
                interessados,
                agendados,
                convertidos,
                count(byStatus, LeadStatus.descartado),
                count(byStatus, LeadStatus.descadastrado),
                new TaxasDoFunil(
                        rate(enriquecidos, recebidos),
                        rate(responderam, contatados),
                        rate(interessados, responderam),
                        rate(agendados, interessados),
                        rate(convertidos, recebidos)));
    }

    private static long count(Map<LeadStatus, Long> byStatus, LeadStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** A percentage with one decimal. */
    private static double rate(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
