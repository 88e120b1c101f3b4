package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.nigredo.relatorios.control.KpisQuery.Figuras;
import ai.alquimista.shared.metrics.CachedReading;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Seed 000's executive dashboard on {@code /metrics}, per active tenant (tag {@code tenant_id}):
 *
 * <ul>
 *   <li>{@code kpi_leads_qualificados_24h}: leads that became {@code interessado} in the last 24 hours;
 *   <li>{@code kpi_taxa_conversao_percent}: converted of received over the last 30 days (the daily report's rate);
 *   <li>{@code kpi_custo_por_lead_brl}: the tenant's plan's monthly cost ({@code alquimista.kpi.custo-mensal-brl.<plan>},
 *       only for plans that have one) over its leads received in the last 30 days;
 *   <li>{@code kpi_sla_percent}: of the tenant's events of the last 24 hours that an agent took, those it had finished
 *       within {@code alquimista.kpi.sla-seconds} (3, the latency alarm's threshold) of their publication.
 * </ul>
 *
 * NaN where there is nothing to divide by. {@code kpi_tenants_ativos} is always there: reading it (each scrape) reads
 * the figures, at most once a minute, and a tenant seen for the first time gets its gauges from the next scrape.
 */
@ApplicationScoped
public class KpisExecutivos {

    static final String CUSTO = "alquimista.kpi.custo-mensal-brl.";
    private static final Duration FRESH = Duration.ofMinutes(1);

    @Inject
    KpisLeitura leitura;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "alquimista.kpi.sla-seconds", defaultValue = "3")
    long slaSeconds;

    private CachedReading<Map<UUID, Figuras>> figuras;
    private final Set<UUID> registrados = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void registrar() {
        figuras = new CachedReading<>(this::ler, FRESH, clock);
        metrics.gauge(new MetricID("kpi_tenants_ativos"), this, kpis -> kpis.atualizar());
    }

    /** Observing the start creates this bean then, so the gauge is there before the first scrape. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing else to do: @PostConstruct registered the gauge
    }

    private double atualizar() {
        Optional<Map<UUID, Figuras>> lidas = figuras.get();
        lidas.ifPresent(todas -> todas.forEach(this::registrarTenant));
        return lidas.map(todas -> (double) todas.size()).orElse(Double.NaN);
    }

    private void registrarTenant(UUID tenant, Figuras inicial) {
        if (!registrados.add(tenant)) {
            return;
        }
        gauge("kpi_leads_qualificados_24h", tenant, f -> f.qualificados24h());
        gauge("kpi_taxa_conversao_percent", tenant, f -> percentual(f.convertidos30d(), f.recebidos30d()));
        gauge("kpi_sla_percent", tenant, f -> percentual(f.noSla24h(), f.eventos24h()));
        if (custoMensal(inicial.plano()).isPresent()) {
            gauge("kpi_custo_por_lead_brl", tenant, this::custoPorLead);
        }
    }

    private void gauge(String nome, UUID tenant, ToDoubleFunction<Figuras> leitura) {
        metrics.gauge(
                new MetricID(nome, new Tag("tenant_id", tenant.toString())),
                this,
                kpis -> kpis.figuras
                        .get()
                        .map(todas -> todas.get(tenant))
                        .map(leitura::applyAsDouble)
                        .orElse(Double.NaN));
    }

    /** By the tenant's plan as it is now: a plan changed to one without a cost reads NaN. */
    private double custoPorLead(Figuras figuras) {
        return custoMensal(figuras.plano())
                .filter(custo -> figuras.recebidos30d() > 0)
                .map(custo -> custo.doubleValue() / figuras.recebidos30d())
                .orElse(Double.NaN);
    }

    private Optional<BigDecimal> custoMensal(String plano) {
        return plano == null || !plano.matches("[a-z0-9_-]{1,50}")
                ? Optional.empty()
                : config.getOptionalValue(CUSTO + plano, BigDecimal.class);
    }

    static double percentual(long parte, long todo) {
        return todo == 0 ? Double.NaN : 100.0 * parte / todo;
    }

    private Map<UUID, Figuras> ler() {
        return leitura.figuras(clock.instant(), Duration.ofSeconds(slaSeconds));
    }
}
