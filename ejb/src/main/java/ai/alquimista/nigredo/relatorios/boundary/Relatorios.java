package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import ai.alquimista.nigredo.relatorios.GeradorDeInsights;
import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.control.FunilQuery;
import ai.alquimista.nigredo.relatorios.control.MetricasDiariasQuery;
import ai.alquimista.nigredo.relatorios.control.MetricasDoDia;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the tenant reads of Relatórios: the funnel of a period from the read model, its days with a report, a day's
 * figures and its PDF. A day the 08:00 run has not made (today so far, or a day before Relatórios was active) is
 * computed when asked, from the same read model, and neither stored nor mailed. Aggregates only, no personal data.
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

    @Inject
    GeradorDeInsights insights;

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

    /** Today so far (unless its report is made), then the tenant's days with a report, newest first. */
    public List<RelatorioDoDia> dias(Caller caller) {
        try (Connection db = dataSource.getConnection()) {
            List<RelatorioDoDia> dias = new ArrayList<>();
            TenantDoRelatorio tenant = tenant(db, caller);
            LocalDate hoje = hoje(tenant);
            List<MetricasDiariasQuery.Dia> feitos = MetricasDiariasQuery.dias(db, caller.tenantId(), DIAS_LISTADOS);
            if (feitos.stream().noneMatch(dia -> dia.data().equals(hoje))) {
                dias.add(
                        RelatorioDoDia.parcial(MetricasDoDia.calcular(db, tenant.id(), tenant.fuso(), hoje, insights)));
            }
            feitos.forEach(dia ->
                    dias.add(RelatorioDoDia.feito(dia.metricas(), dia.gestores().orElse(null))));
            return dias;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the reports: " + e.getMessage(), e);
        }
    }

    /** @throws NotFound for a day to come, or a day before the tenant was on the platform */
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
            return pdf.pdf(tenant(db, caller).empresa(), metricas(db, caller, data));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the report of " + data + ": " + e.getMessage(), e);
        }
    }

    private MetricasFunil metricas(Connection db, Caller caller, LocalDate data) throws SQLException {
        TenantDoRelatorio tenant = tenant(db, caller);
        if (data.isAfter(hoje(tenant))) {
            throw new NotFound("no report of " + data + ": the day has not come");
        }
        Optional<MetricasFunil> feito = MetricasDiariasQuery.doDia(db, caller.tenantId(), data);
        if (feito.isPresent()) {
            return feito.get();
        }
        if (data.isBefore(tenant.desde())) {
            throw new NotFound("no report of " + data + ": the company was not on Alquimista.AI yet");
        }
        return MetricasDoDia.calcular(db, tenant.id(), tenant.fuso(), data, insights);
    }

    private static TenantDoRelatorio tenant(Connection db, Caller caller) throws SQLException {
        return TenantDoRelatorio.ler(db, caller.tenantId())
                .orElseThrow(() -> new NotFound("no reports: the company does not exist"));
    }

    private LocalDate hoje(TenantDoRelatorio tenant) {
        return clock.instant().atZone(tenant.fuso()).toLocalDate();
    }

    private LocalDate hoje(Connection db, Caller caller) {
        try {
            return hoje(tenant(db, caller));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tenant's time zone: " + e.getMessage(), e);
        }
    }
}
