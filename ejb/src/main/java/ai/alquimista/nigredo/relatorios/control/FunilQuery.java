package ai.alquimista.nigredo.relatorios.control;

import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import ai.alquimista.nigredo.relatorios.EtapaDoFunil;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The funnel's read model (nigredo_leads.funil_diario, written by the trigger on nigredo_leads.leads): leads that
 * reached each stage per day in the tenant's time zone. A missing bound leaves the period open on that side.
 */
public final class FunilQuery {

    private static final String PERIODO = " WHERE tenant_id = ? AND dia >= COALESCE(?::date, '-infinity'::date)"
            + " AND dia <= COALESCE(?::date, 'infinity'::date)";

    private FunilQuery() {}

    public static ContagemDoFunil contagem(Connection db, UUID tenantId, LocalDate de, LocalDate ate)
            throws SQLException {
        Map<EtapaDoFunil, Long> porEtapa = new EnumMap<>(EtapaDoFunil.class);
        try (PreparedStatement select = db.prepareStatement(
                "SELECT etapa, sum(leads) FROM nigredo_leads.funil_diario" + PERIODO + " GROUP BY etapa")) {
            bind(select, tenantId, de, ate);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    porEtapa.put(EtapaDoFunil.valueOf(row.getString(1)), row.getLong(2));
                }
            }
        }
        return ContagemDoFunil.de(porEtapa);
    }

    /** Every day of the period on which a lead reached a stage, in order. */
    public static Map<LocalDate, ContagemDoFunil> porDia(Connection db, UUID tenantId, LocalDate de, LocalDate ate)
            throws SQLException {
        Map<LocalDate, Map<EtapaDoFunil, Long>> dias = new TreeMap<>();
        try (PreparedStatement select =
                db.prepareStatement("SELECT dia, etapa, leads FROM nigredo_leads.funil_diario" + PERIODO)) {
            bind(select, tenantId, de, ate);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    dias.computeIfAbsent(row.getObject(1, LocalDate.class), dia -> new EnumMap<>(EtapaDoFunil.class))
                            .put(EtapaDoFunil.valueOf(row.getString(2)), row.getLong(3));
                }
            }
        }
        Map<LocalDate, ContagemDoFunil> contagens = new TreeMap<>();
        dias.forEach((dia, porEtapa) -> contagens.put(dia, ContagemDoFunil.de(porEtapa)));
        return contagens;
    }

    private static void bind(PreparedStatement select, UUID tenantId, LocalDate de, LocalDate ate) throws SQLException {
        select.setObject(1, tenantId);
        select.setObject(2, de);
        select.setObject(3, ate);
    }
}
