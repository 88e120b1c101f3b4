package ai.alquimista.nigredo.relatorios.control;

import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import ai.alquimista.nigredo.relatorios.DadosDoDia;
import ai.alquimista.nigredo.relatorios.GeradorDeInsights;
import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.ObjecaoRecorrente;
import ai.alquimista.nigredo.relatorios.Periodo;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Seed 001's MetricasFunil of one tenant-day, from the funnel's read model and Atendimento's objections. */
public final class MetricasDoDia {

    private MetricasDoDia() {}

    public static MetricasFunil calcular(
            Connection db, UUID tenantId, ZoneId fuso, LocalDate data, GeradorDeInsights insights) throws SQLException {
        ContagemDoFunil dia = FunilQuery.contagem(db, tenantId, data, data);
        ContagemDoFunil anterior = FunilQuery.contagem(db, tenantId, data.minusDays(1), data.minusDays(1));
        List<ObjecaoRecorrente> objecoes = ObjecoesQuery.recorrentes(
                db,
                tenantId,
                data.atStartOfDay(fuso).toInstant(),
                data.plusDays(1).atStartOfDay(fuso).toInstant());
        return MetricasFunil.de(
                Periodo.dia(data), dia, objecoes, insights.insights(new DadosDoDia(data, dia, anterior, objecoes)));
    }
}
