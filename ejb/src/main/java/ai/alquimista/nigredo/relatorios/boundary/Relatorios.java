package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.control.FunilQuery;
import ai.alquimista.nigredo.relatorios.control.MetricasDiariasQuery;
import ai.alquimista.nigredo.relatorios.control.RelatorioEmPdf;
import ai.alquimista.nigredo.relatorios.control.TenantDoRelatorio;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the tenant reads of Relatórios: the funnel of a period from the read model, its days with a report, a day's
 * figures and its PDF. Aggregates only, no personal data.
 */
@Stateless
public class Relatorios {

    /** The longest period the funnel is asked for, in days. */
    public static final int MAXIMO_DE_DIAS = 366;
    /** A period given only by its end: the 30 days up to it. */
    public static final int DIAS_PADRAO = 30;

    private static final int DIAS_LISTADOS = 400;

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    RelatorioEmPdf pdf;

    /**
     * The funnel from {@code de} to {@code ate} (both included, in the tenant's time zone), with its days. Without
     * either: all time, without days. {@code de} alone runs to today; {@code ate} alone covers the 30 days up to it.
     *
     * @throws InvalidInput naming {@code de} when it comes after {@code ate}, {@code ate} when the period spans more
     *     than {@value #MAXIMO_DE_DIAS} days
     */
    public Funil funil(Caller caller, Optional<LocalDate> de, Optional<LocalDate> ate) {
        try (Connection db = dataSource.getConnection()) {
            if (de.isEmpty() && ate.isEmpty()) {
                return Funil.de(null, null, FunilQuery.contagem(db, caller.tenantId(), null, null), List.of());
            }
            LocalDate fim = ate.orElseGet(() -> hoje(db, caller));
            LocalDate inicio = de.orElseGet(() -> fim.minusDays(DIAS_PADRAO - 1));
            if (inicio.isAfter(fim)) {
                throw new InvalidInput(List.of(new Violation("de", "must be on or before ate (" + fim + ")")));
            }
            if (ChronoUnit.DAYS.between(inicio, fim) + 1 > MAXIMO_DE_DIAS) {
                throw new InvalidInput(
                        List.of(new Violation("ate", "a period spans at most " + MAXIMO_DE_DIAS + " days from de")));
            }
            Map<LocalDate, ContagemDoFunil> porDia = FunilQuery.porDia(db, caller.tenantId(), inicio, fim);
            ContagemDoFunil total = porDia.values().stream().reduce(ContagemDoFunil.VAZIA, ContagemDoFunil::mais);
            List<DiaDoFunil> dias = inicio.datesUntil(fim.plusDays(1))
                    .map(dia -> DiaDoFunil.de(dia, porDia.getOrDefault(dia, ContagemDoFunil.VAZIA)))
                    .toList();
            return Funil.de(inicio, fim, total, dias);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the funnel: " + e.getMessage(), e);
        }
    }

    /** The tenant's days with a report, newest first. */
    public List<RelatorioDoDia> dias(Caller caller) {
        try (Connection db = dataSource.getConnection()) {
            return MetricasDiariasQuery.dias(db, caller.tenantId(), DIAS_LISTADOS).stream()
                    .map(dia -> new RelatorioDoDia(
                            dia.data(),
                            dia.metricas().leadsRecebidos(),
                            dia.metricas().leadsConvertidos(),
                            dia.metricas().taxaResposta(),
                            dia.metricas().taxaConversao(),
                            dia.gestores().orElse(null),
                            "api/relatorios/" + dia.data() + ".pdf"))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the reports: " + e.getMessage(), e);
        }
    }

    /** @throws NotFound for a day to come, or a day the tenant has no report of */
    public MetricasFunil metricas(Caller caller, LocalDate data) {
        try (Connection db = dataSource.getConnection()) {
            return metricas(db, caller, data);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the report of " + data + ": " + e.getMessage(), e);
        }
    }

    /** The day's report as a PDF; {@link #metricas} says when there is none. */
    public byte[] pdf(Caller caller, LocalDate data) {
        try (Connection db = dataSource.getConnection()) {
            MetricasFunil metricas = metricas(db, caller, data);
            String empresa = TenantDoRelatorio.ler(db, caller.tenantId())
                    .map(TenantDoRelatorio::empresa)
                    .orElseThrow(() -> new NotFound("no report of " + data));
            return pdf.pdf(empresa, metricas);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the report of " + data + ": " + e.getMessage(), e);
        }
    }

    private MetricasFunil metricas(Connection db, Caller caller, LocalDate data) throws SQLException {
        if (data.isAfter(hoje(db, caller))) {
            throw new NotFound("no report of " + data + ": the day has not come");
        }
        return MetricasDiariasQuery.doDia(db, caller.tenantId(), data)
                .orElseThrow(() -> new NotFound("no report of " + data));
    }

    private LocalDate hoje(Connection db, Caller caller) {
        try {
            ZoneId fuso = TenantDoRelatorio.ler(db, caller.tenantId())
                    .map(TenantDoRelatorio::fuso)
                    .orElse(ZoneId.of("America/Sao_Paulo"));
            return clock.instant().atZone(fuso).toLocalDate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tenant's time zone: " + e.getMessage(), e);
        }
    }
}
