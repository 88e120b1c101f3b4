package ai.alquimista.nigredo.relatorios.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What Relatórios needs of a tenant: its name (on the report), its time zone (its days and its 08:00) and its first
 * day (no report before it).
 */
public record TenantDoRelatorio(UUID id, String empresa, ZoneId fuso, LocalDate desde) {

    private static final ZoneId PADRAO = ZoneId.of("America/Sao_Paulo");

    public static Optional<TenantDoRelatorio> ler(Connection db, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id, company_name, time_zone, created_at FROM alquimista_platform.tenants WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(de(row)) : Optional.empty();
            }
        }
    }

    /** Active tenants with Relatórios active. */
    public static List<TenantDoRelatorio> comRelatoriosAtivos(Connection db) throws SQLException {
        List<TenantDoRelatorio> tenants = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT t.id, t.company_name, t.time_zone, t.created_at"
                + " FROM alquimista_platform.tenants t JOIN alquimista_platform.agent_activations a"
                + " ON a.tenant_id = t.id AND a.agent_id = 'nigredo-relatorios' AND a.status = 'ativo'"
                + " WHERE t.status = 'ativo' ORDER BY t.id")) {
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tenants.add(de(row));
                }
            }
        }
        return tenants;
    }

    private static TenantDoRelatorio de(ResultSet row) throws SQLException {
        ZoneId fuso = fuso(row.getString(3));
        Timestamp criado = row.getTimestamp(4);
        LocalDate desde =
                criado == null ? LocalDate.MIN : criado.toInstant().atZone(fuso).toLocalDate();
        return new TenantDoRelatorio(row.getObject(1, UUID.class), row.getString(2), fuso, desde);
    }

    private static ZoneId fuso(String zona) {
        try {
            return zona == null || zona.isBlank() ? PADRAO : ZoneId.of(zona);
        } catch (DateTimeException e) {
            return PADRAO;
        }
    }
}
