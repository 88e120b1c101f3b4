package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.nigredo.canais.Anexo;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.canais.boundary.Transmissor;
import ai.alquimista.nigredo.disparo.boundary.EmailDoTenant;
import ai.alquimista.nigredo.relatorios.GeradorDeInsights;
import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.control.Gestores;
import ai.alquimista.nigredo.relatorios.control.MetricasDiariasQuery;
import ai.alquimista.nigredo.relatorios.control.MetricasDoDia;
import ai.alquimista.nigredo.relatorios.control.Reivindicacoes;
import ai.alquimista.nigredo.relatorios.control.RelatorioEmPdf;
import ai.alquimista.nigredo.relatorios.control.TenantDoRelatorio;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The daily report: at 08:00 in each tenant's time zone, yesterday's {@link MetricasFunil} (the funnel from the read
 * model, the objections Atendimento recorded, the insights), kept in metricas_diarias, rendered as a PDF and mailed to
 * the tenant's managers through the e-mail adapter Disparo uses for the tenant, and through that account's circuit
 * ({@link Circuitos}, the one Disparo's e-mails pass): while it is open no call is made, the day's claim rolls back
 * ({@link RelatorioAdiado}) and the report goes at the first tick the circuit lets a call through. Each tenant-day is
 * claimed in the database, so however many instances tick, it is computed and mailed once.
 */
@Stateless
public class RelatoriosDiarios {

    private static final Logger LOG = Logger.getLogger(RelatoriosDiarios.class.getName());
    /** The hour the report goes out, in the tenant's time zone. */
    public static final LocalTime HORA = LocalTime.of(8, 0);

    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String INSTANCIA = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    GeradorDeInsights insights;

    @Inject
    RelatorioEmPdf pdf;

    @Inject
    EmailDoTenant emails;

    @Inject
    Circuitos circuitos;

    @Inject
    AuditTrail audit;

    /** Tenants with Relatórios active whose 08:00 has come and whose report of yesterday nobody has made yet. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RelatorioDevido> devidos() {
        try (Connection db = dataSource.getConnection()) {
            List<RelatorioDevido> devidos = new ArrayList<>();
            for (TenantDoRelatorio tenant : TenantDoRelatorio.comRelatoriosAtivos(db)) {
                ZonedDateTime agora = clock.instant().atZone(tenant.fuso());
                LocalDate ontem = agora.toLocalDate().minusDays(1);
                if (!agora.toLocalTime().isBefore(HORA) && !Reivindicacoes.feito(db, tenant.id(), ontem)) {
                    devidos.add(new RelatorioDevido(tenant.id(), tenant.empresa(), tenant.fuso(), ontem));
                }
            }
            return devidos;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the reports due: " + e.getMessage(), e);
        }
    }

    /**
     * Makes and mails the report, in its own transaction.
     *
     * @return false when another run (this instance's or another's) had claimed the tenant's day
     * @throws RelatorioAdiado the e-mail account's circuit is open: nothing was kept, the next tick tries again
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean gerar(RelatorioDevido devido) {
        try (Connection db = dataSource.getConnection()) {
            if (!Reivindicacoes.reivindicar(db, devido.tenantId(), devido.data(), INSTANCIA)) {
                return false;
            }
            MetricasFunil metricas = metricas(db, devido);
            MetricasDiariasQuery.upsert(db, devido.tenantId(), metricas);
            byte[] relatorio = pdf.pdf(devido.empresa(), metricas);
            List<String> gestores = Gestores.emails(db, devido.tenantId());
            int enviados = enviar(db, devido, metricas, relatorio, gestores);
            Reivindicacoes.enviado(db, devido.tenantId(), devido.data(), enviados);
            audit.recordSystem(
                    devido.tenantId(),
                    "relatorio.enviado",
                    "relatorio",
                    devido.data().toString(),
                    Json.createObjectBuilder()
                            .add("gestores", enviados)
                            .add("leads_recebidos", metricas.leadsRecebidos())
                            .build());
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot make the report of " + devido.data() + " for tenant " + devido.tenantId() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private MetricasFunil metricas(Connection db, RelatorioDevido devido) throws SQLException {
        return MetricasDoDia.calcular(db, devido.tenantId(), devido.fuso(), devido.data(), insights);
    }

    /** @return how many managers the provider accepted the report for */
    private int enviar(
            Connection db, RelatorioDevido devido, MetricasFunil metricas, byte[] relatorio, List<String> gestores)
            throws SQLException {
        Transmissor email = emails.para(devido.tenantId(), db);
        Anexo anexo = new Anexo(RelatorioEmPdf.arquivo(devido.data()), "application/pdf", relatorio);
        String assunto = "Relatório diário de " + DATA.format(devido.data()) + " — " + devido.empresa();
        Optional<String> conta = email.conta();
        int enviados = 0;
        for (String gestor : gestores) {
            if (conta.isPresent() && !circuitos.permitir(conta.get())) {
                // the managers mailed before this one get the same Message-ID again: a mailbox keeps one copy
                throw new RelatorioAdiado(conta.get(), circuitos.espera(conta.get()));
            }
            String chave = "relatorio:" + devido.tenantId() + ":" + devido.data() + ":" + gestor;
            ResultadoDoEnvio resultado = circuitos.transmitir(
                    email,
                    new MensagemDeSaida(
                            UUID.nameUUIDFromBytes(chave.getBytes(StandardCharsets.UTF_8)),
                            devido.tenantId(),
                            CanalDeEnvio.email,
                            gestor,
                            assunto,
                            corpo(devido, metricas),
                            Optional.empty(),
                            chave,
                            Optional.empty(),
                            List.of(anexo)));
            if (resultado instanceof ResultadoDoEnvio.Enviado) {
                enviados++;
            } else if (resultado instanceof ResultadoDoEnvio.TentarDepois depois) {
                // the claim rolls back with this transaction: the next tick makes the report again
                throw new IllegalStateException(
                        "the e-mail provider asked to retry the report for " + gestor + ": " + depois.motivo());
            } else if (resultado instanceof ResultadoDoEnvio.Incerto incerto) {
                // the same Message-ID goes again, so a mailbox that got the first copy keeps one
                throw new IllegalStateException(
                        "the e-mail provider's answer for " + gestor + " never came: " + incerto.motivo());
            } else {
                LOG.warning("report of " + devido.data() + " for tenant " + devido.tenantId()
                        + " not accepted for one manager: " + resultado);
            }
        }
        return enviados;
    }

    private static String corpo(RelatorioDevido devido, MetricasFunil metricas) {
        StringBuilder corpo = new StringBuilder()
                .append("Olá,\n\nSegue o relatório do funil de ")
                .append(DATA.format(devido.data()))
                .append(" (")
                .append(devido.empresa())
                .append("), em PDF no anexo.\n\n")
                .append("Leads recebidos: ")
                .append(metricas.leadsRecebidos())
                .append("\nLeads interessados: ")
                .append(metricas.leadsInteressados())
                .append("\nReuniões agendadas: ")
                .append(metricas.leadsAgendados())
                .append("\n\n");
        metricas.insights()
                .forEach(insight -> corpo.append("• ").append(insight).append('\n'));
        return corpo.append("\nAlquimista.AI — Relatórios").toString();
    }
}
