package ai.alquimista.nigredo.relatorios.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.relatorios.control.KpisQuery;
import ai.alquimista.nigredo.relatorios.control.KpisQuery.Figuras;
import ai.alquimista.testing.CountedMetrics;
import ai.alquimista.testing.JpaDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The executive dashboard's figures for each active tenant: qualified leads of the last day, the month's conversion,
 * and how many of its events an agent finished within the SLA.
 */
class KpisExecutivosTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final String SAO_PAULO = "America/Sao_Paulo";
    private static final Duration SLA = Duration.ofSeconds(3);

    private final Instant agora = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private String hoje() {
        return LocalDateTime.ofInstant(agora.minusSeconds(60), ZoneId.of(SAO_PAULO))
                .toString();
    }

    private void eventoAtendido(UUID tenant, Duration ate, long duracaoMs) {
        UUID evento = UUID.randomUUID();
        Instant publicado = agora.minusSeconds(600);
        db.execute(
                "INSERT INTO fibonacci_core.events (id, source, type, detail, trace_id, tenant_id, routed_to,"
                        + " created_at) VALUES (?, 'nigredo.atendimento', 'lead.respondeu', '{}'::jsonb, ?, ?,"
                        + " 'atendimento', ?)",
                evento,
                UUID.randomUUID(),
                tenant,
                java.sql.Timestamp.from(publicado));
        db.execute(
                "INSERT INTO fibonacci_core.traces (id, trace_id, event_id, agent, decision, duration_ms, created_at)"
                        + " VALUES (?, ?, ?, 'atendimento', 'received', ?, ?)",
                UUID.randomUUID(),
                UUID.randomUUID(),
                evento,
                (int) duracaoMs,
                java.sql.Timestamp.from(publicado.plus(ate)));
    }

    private Map<UUID, Figuras> figuras() {
        return db.inTransaction(() -> {
            try (Connection connection = db.dataSource().getConnection()) {
                return KpisQuery.figuras(connection, agora, SLA);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theGaugesOfATenantAppearFromTheScrapeAfterTheOneThatFirstSawIt() {
        EmpresaQueRecebeRelatorios padaria = EmpresaQueRecebeRelatorios.em(db, "Padaria Pão Quente", SAO_PAULO);
        UUID interessada = padaria.leadRecebido(hoje());
        padaria.leadRecebido(hoje());
        padaria.avanca(interessada, "interessado", hoje());
        CountedMetrics metrics = new CountedMetrics();
        kpis(metrics, Map.of(KpisExecutivos.CUSTO + "starter", "497"));
        String tag = "{tenant_id=" + padaria.tenant() + "}";

        double ativos =
                db.inTransaction(() -> metrics.gauge("kpi_tenants_ativos{}").orElseThrow());

        assertThat(ativos).isPositive();
        assertThat(metrics.gauge("kpi_leads_qualificados_24h" + tag)).contains(1.0);
        assertThat(metrics.gauge("kpi_taxa_conversao_percent" + tag)).contains(0.0);
        assertThat(metrics.gauge("kpi_sla_percent" + tag).orElseThrow())
                .as("no event of its yet")
                .isNaN();
        assertThat(metrics.gauge("kpi_custo_por_lead_brl" + tag))
                .as("R$ 497 over 2 leads")
                .contains(248.5);
    }

    private KpisExecutivos kpis(CountedMetrics metrics, Map<String, String> config) {
        KpisExecutivos kpis = new KpisExecutivos();
        KpisLeitura leitura = new KpisLeitura();
        leitura.dataSource = db.dataSource();
        kpis.leitura = leitura;
        kpis.metrics = metrics.registry();
        kpis.clock = java.time.Clock.systemUTC();
        kpis.slaSeconds = 3;
        kpis.config = (org.eclipse.microprofile.config.Config) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {org.eclipse.microprofile.config.Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(config.get((String) args[0])).map(java.math.BigDecimal::new);
                    }
                    throw new UnsupportedOperationException(method.toString());
                });
        kpis.registrar();
        return kpis;
    }

    @Test
    void eachActiveTenantHasItsQualifiedLeadsItsConversionAndItsSla() throws Exception {
        EmpresaQueRecebeRelatorios padaria = EmpresaQueRecebeRelatorios.em(db, "Padaria Pão Quente", SAO_PAULO);
        EmpresaQueRecebeRelatorios oficina = EmpresaQueRecebeRelatorios.em(db, "Oficina do Otto", SAO_PAULO);
        EmpresaQueRecebeRelatorios suspensa = EmpresaQueRecebeRelatorios.em(db, "Empresa Suspensa", SAO_PAULO);
        db.execute("UPDATE alquimista_platform.tenants SET status = 'suspenso' WHERE id = ?", suspensa.tenant());
        UUID interessada = padaria.leadRecebido(hoje());
        UUID convertida = padaria.leadRecebido(hoje());
        padaria.leadRecebido(hoje());
        padaria.leadRecebido(hoje());
        padaria.avanca(interessada, "interessado", hoje());
        padaria.avanca(convertida, "convertido", hoje());
        eventoAtendido(padaria.tenant(), Duration.ofMillis(1_000), 500);
        eventoAtendido(padaria.tenant(), Duration.ofSeconds(10), 500);
        eventoAtendido(padaria.tenant(), Duration.ofMillis(2_800), 300);

        Map<UUID, Figuras> figuras = figuras();

        Figuras daPadaria = figuras.get(padaria.tenant());
        assertThat(daPadaria.qualificados24h())
                .as("interested, and converted through interest")
                .isEqualTo(2);
        assertThat(daPadaria.recebidos30d()).isEqualTo(4);
        assertThat(daPadaria.convertidos30d()).isEqualTo(1);
        assertThat(daPadaria.eventos24h()).isEqualTo(3);
        assertThat(daPadaria.noSla24h())
                .as("finished 1.5 s after; 10.5 s and 3.1 s are late")
                .isEqualTo(1);
        assertThat(daPadaria.plano()).isEqualTo("starter");
        assertThat(KpisExecutivos.percentual(daPadaria.convertidos30d(), daPadaria.recebidos30d()))
                .isEqualTo(25.0);
        assertThat(figuras.get(oficina.tenant())).isEqualTo(new Figuras("starter", 0, 0, 0, 0, 0));
        assertThat(KpisExecutivos.percentual(0, 0)).isNaN();
        assertThat(figuras).doesNotContainKey(suspensa.tenant());
    }
}
