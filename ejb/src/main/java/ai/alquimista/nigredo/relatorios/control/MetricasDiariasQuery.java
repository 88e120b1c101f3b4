package ai.alquimista.nigredo.relatorios.control;

import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.shared.json.JsonText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's days in nigredo_leads.metricas_diarias (unique per tenant and day). */
public final class MetricasDiariasQuery {

    /** A day with its figures, and how many managers its report was sent to (empty: computed, never sent). */
    public record Dia(LocalDate data, MetricasFunil metricas, Optional<Integer> gestores) {}

    private MetricasDiariasQuery() {}

    public static void upsert(Connection db, UUID tenantId, MetricasFunil metricas) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO nigredo_leads.metricas_diarias"
                + " (id, tenant_id, data, metricas) VALUES (gen_random_uuid(), ?, ?, ?::jsonb)"
                + " ON CONFLICT (tenant_id, data) DO UPDATE SET metricas = EXCLUDED.metricas")) {
            upsert.setObject(1, tenantId);
            upsert.setObject(2, metricas.periodo().inicio());
            upsert.setString(3, metricas.json().toString());
            upsert.executeUpdate();
        }
    }

    public static Optional<MetricasFunil> doDia(Connection db, UUID tenantId, LocalDate data) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT metricas FROM nigredo_leads.metricas_diarias WHERE tenant_id = ? AND data = ?")) {
            select.setObject(1, tenantId);
            select.setObject(2, data);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(MetricasFunil.de(JsonText.object(row.getString(1)))) : Optional.empty();
            }
        }
    }

    /** The tenant's days, newest first, at most {@code limite}. */
    public static List<Dia> dias(Connection db, UUID tenantId, int limite) throws SQLException {
        List<Dia> dias = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT m.data, m.metricas, r.gestores"
                + " FROM nigredo_leads.metricas_diarias m LEFT JOIN nigredo_leads.relatorios_diarios r"
                + " ON r.tenant_id = m.tenant_id AND r.data = m.data"
                + " WHERE m.tenant_id = ? ORDER BY m.data DESC LIMIT ?")) {
            select.setObject(1, tenantId);
            select.setInt(2, limite);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    dias.add(new Dia(
                            row.getObject(1, LocalDate.class),
                            MetricasFunil.de(JsonText.object(row.getString(2))),
                            Optional.ofNullable(row.getObject(3, Integer.class))));
                }
            }
        }
        return dias;
    }
}
