package ai.alquimista.nigredo.estrategia.control;

import static ai.alquimista.nigredo.estrategia.control.CampanhasQuery.number;
import static ai.alquimista.nigredo.estrategia.control.CampanhasQuery.rows;

import ai.alquimista.nigredo.estrategia.boundary.EnvioDaCampanha;
import ai.alquimista.nigredo.estrategia.boundary.PaginaDeEnvios;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A campaign's sends (Disparo's envios, joined with the lead's company), latest first: SQL, because envios has no
 * entity and the page carries its total ({@code count(*) OVER ()}). A send {@code agendado} shows no {@code sent_at}:
 * one that went before with an uncertain answer (an e-mail scheduled to go again with the same Message-ID keeps its
 * {@code sent_at} in the table for the limits) is shown as waiting for its resend instead.
 */
@Dependent
public class EnviosDaCampanhaQuery {

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    /** @param status one of {@link ai.alquimista.nigredo.estrategia.boundary.EnviosPorStatus#STATUS}, or null: all */
    public PaginaDeEnvios pagina(UUID tenantId, UUID campanhaId, String status, int page, int size) {
        Query select = em.createNativeQuery("SELECT e.id, e.lead_id, l.empresa, e.etapa, e.variante, e.canal,"
                        // an uncertain e-mail scheduled to go again keeps its sent_at (it counts for the limits):
                        // to a person it is scheduled, not sent
                        + " e.destinatario, e.status, e.due_at,"
                        + " CASE WHEN e.status = 'agendado' THEN NULL ELSE e.sent_at END, e.motivo, count(*) OVER (),"
                        + " e.status = 'agendado' AND e.sent_at IS NOT NULL"
                        + " FROM nigredo_leads.envios e JOIN nigredo_leads.leads l ON l.id = e.lead_id"
                        + " WHERE e.campanha_id = ? AND e.tenant_id = ?" + (status == null ? "" : " AND e.status = ?")
                        + " ORDER BY COALESCE(e.sent_at, e.due_at) DESC, e.id LIMIT ? OFFSET ?")
                .setParameter(1, campanhaId)
                .setParameter(2, tenantId);
        int next = 3;
        if (status != null) {
            select.setParameter(next++, status);
        }
        select.setParameter(next++, size).setParameter(next, page * size);
        List<EnvioDaCampanha> items = new ArrayList<>();
        long total = 0;
        for (Object[] row : rows(select.getResultList())) {
            total = number(row[11]);
            items.add(new EnvioDaCampanha(
                    row[0].toString(),
                    row[1].toString(),
                    (String) row[2],
                    (String) row[3],
                    row[4].toString().strip(),
                    (String) row[5],
                    (String) row[6],
                    (String) row[7],
                    instant(row[8]),
                    instant(row[9]),
                    (String) row[10],
                    Boolean.TRUE.equals(row[12])));
        }
        return new PaginaDeEnvios(items, page, size, total);
    }

    private static Instant instant(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant();
    }
}
