package ai.alquimista.nigredo.relatorios.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Seed 000's executive KPIs for every active tenant, in one aggregate: leads that became {@code interessado} in the
 * last 24 hours (the funnel's stage rows), the funnel of the last 30 days (leads received and converted), and, of
 * the tenant's events of the last 24 hours that an agent took, how many it had finished within the SLA of their
 * publication.
 */
public final class KpisQuery {

    /** One tenant's figures. */
    public record Figuras(
            String plano,
            long qualificados24h,
            long recebidos30d,
            long convertidos30d,
            long eventos24h,
            long noSla24h) {}

    private static final String SQL = """
            WITH qualificados AS (
                SELECT tenant_id, count(*) AS n FROM nigredo_leads.funil_etapas
                WHERE etapa = 'interessado' AND created_at > ? GROUP BY tenant_id),
            funil AS (
                SELECT tenant_id,
                       sum(leads) FILTER (WHERE etapa = 'recebido') AS recebidos,
                       sum(leads) FILTER (WHERE etapa = 'convertido') AS convertidos
                FROM nigredo_leads.funil_diario WHERE dia >= ?::date GROUP BY tenant_id),
            sla AS (
                SELECT e.tenant_id, count(*) AS eventos,
                       count(*) FILTER (WHERE h.created_at + COALESCE(h.duration_ms, 0) * interval '1 millisecond'
                                              <= e.created_at + ? * interval '1 millisecond') AS no_sla
                FROM fibonacci_core.events e JOIN fibonacci_core.traces h ON h.event_id = e.id
                WHERE e.created_at > ? AND e.tenant_id IS NOT NULL GROUP BY e.tenant_id)
            SELECT t.id, t.plan, COALESCE(q.n, 0), COALESCE(f.recebidos, 0), COALESCE(f.convertidos, 0),
                   COALESCE(s.eventos, 0), COALESCE(s.no_sla, 0)
            FROM alquimista_platform.tenants t
            LEFT JOIN qualificados q ON q.tenant_id = t.id
            LEFT JOIN funil f ON f.tenant_id = t.id
            LEFT JOIN sla s ON s.tenant_id = t.id
            WHERE t.status = 'ativo'
            ORDER BY t.id""";

    private KpisQuery() {}

    public static Map<UUID, Figuras> figuras(Connection db, Instant agora, Duration sla) throws SQLException {
        Timestamp umDiaAtras = Timestamp.from(agora.minus(Duration.ofHours(24)));
        Map<UUID, Figuras> porTenant = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement(SQL)) {
            select.setTimestamp(1, umDiaAtras);
            select.setObject(
                    2,
                    agora.minus(Duration.ofDays(29))
                            .atZone(java.time.ZoneOffset.UTC)
                            .toLocalDate());
            select.setLong(3, sla.toMillis());
            select.setTimestamp(4, umDiaAtras);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    porTenant.put(
                            row.getObject(1, UUID.class),
                            new Figuras(
                                    row.getString(2),
                                    row.getLong(3),
                                    row.getLong(4),
                                    row.getLong(5),
                                    row.getLong(6),
                                    row.getLong(7)));
                }
            }
        }
        return porTenant;
    }
}
