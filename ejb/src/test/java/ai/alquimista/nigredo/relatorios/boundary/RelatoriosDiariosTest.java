package ai.alquimista.nigredo.relatorios.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.canais.boundary.Transmissor;
import ai.alquimista.nigredo.disparo.boundary.EmailDoTenant;
import ai.alquimista.nigredo.disparo.control.Transmissores;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.relatorios.InsightsPorRegras;
import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.control.RelatorioEmPdf;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.RecordingTransmissor;
import ai.alquimista.testing.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily report goes out at 08:00 in each tenant's own time zone, with yesterday's funnel, objections and
 * insights, to the tenant's managers only, and once per tenant and day however many instances tick.
 */
class RelatoriosDiariosTest {

    @RegisterExtension
    static final JpaDatabase db = new JpaDatabase();

    private static final LocalDate ONTEM = LocalDate.parse("2026-03-09");

    /** The tests share one database: each one's people have addresses of their own. */
    private final String n = UUID.randomUUID().toString().substring(0, 8);

    private final String ana = "ana.admin." + n + "@saojoao.com.br";
    private final String bruno = "bruno.gestor." + n + "@saojoao.com.br";
    private final String davi = "davi.gestor." + n + "@acainorte.com.br";

    private final SimulatedClock relogio = new SimulatedClock(Instant.parse("2026-03-10T10:59:00Z"));
    private final RecordingTransmissor email = new RecordingTransmissor();

    private final EmpresaQueRecebeRelatorios saoPaulo = EmpresaQueRecebeRelatorios.em(
                    db, "Padaria São João Ltda", "America/Sao_Paulo")
            .comRelatorios()
            .usuario(ana, Role.admin)
            .usuario(bruno, Role.manager)
            .usuario("carla.operadora." + n + "@saojoao.com.br", Role.operator);
    private final EmpresaQueRecebeRelatorios manaus = EmpresaQueRecebeRelatorios.em(
                    db, "Açaí do Norte Ltda", "America/Manaus")
            .comRelatorios()
            .usuario(davi, Role.manager);

    private RelatoriosDiarios instancia() {
        return instancia(email, Circuitos.com(relogio, 5, Duration.ofSeconds(30)));
    }

    private RelatoriosDiarios instancia(Transmissor email, Circuitos circuitos) {
        Transmissores sempreOMesmo = (canal, settings, connection) -> email;
        return Beans.wire(
                new RelatoriosDiarios(),
                db.dataSource(),
                relogio,
                new InsightsPorRegras(),
                new RelatorioEmPdf(),
                Beans.wire(new EmailDoTenant(), sempreOMesmo),
                circuitos,
                Beans.wire(new AuditTrail(), db.entityManager()));
    }

    private List<RelatorioDevido> devidos(RelatoriosDiarios relatorios) {
        // the timer asks outside a transaction; this fixture's data source hands out connections inside one
        return db.inTransaction(relatorios::devidos).stream()
                .filter(devido -> devido.tenantId().equals(saoPaulo.tenant())
                        || devido.tenantId().equals(manaus.tenant()))
                .toList();
    }

    private int tick(RelatoriosDiarios relatorios) {
        int feitos = 0;
        for (RelatorioDevido devido : devidos(relatorios)) {
            if (db.inTransaction(() -> relatorios.gerar(devido))) {
                feitos++;
            }
        }
        return feitos;
    }

    @Test
    void eachTenantGetsYesterdaysReportAtItsOwnEightOClock() {
        RelatoriosDiarios relatorios = instancia();

        assertThat(tick(relatorios)).as("07:59 in São Paulo").isZero();

        relogio.set(Instant.parse("2026-03-10T11:00:00Z"));
        List<RelatorioDevido> asOito = devidos(relatorios);
        assertThat(asOito).extracting(RelatorioDevido::tenantId).containsExactly(saoPaulo.tenant());
        assertThat(asOito.get(0).data()).isEqualTo(ONTEM);
        assertThat(tick(relatorios)).isEqualTo(1);
        assertThat(email.destinatarios()).containsExactlyInAnyOrder(ana, bruno);

        relogio.set(Instant.parse("2026-03-10T11:59:00Z"));
        assertThat(tick(relatorios))
                .as("07:59 in Manaus, São Paulo already done")
                .isZero();

        relogio.set(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(tick(relatorios)).isEqualTo(1);
        assertThat(email.destinatarios()).containsExactlyInAnyOrder(ana, bruno, davi);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.metricas_diarias WHERE data = ? AND tenant_id IN (?, ?)",
                        ONTEM,
                        saoPaulo.tenant(),
                        manaus.tenant()))
                .isEqualTo(2);
    }

    @Test
    void aSecondInstanceFindsTheDayClaimedAndNeitherComputesNorSendsAgain() {
        relogio.set(Instant.parse("2026-03-10T11:05:00Z"));
        RelatoriosDiarios primeira = instancia();
        RelatoriosDiarios segunda = instancia();
        RelatorioDevido visto = devidos(segunda).get(0);

        assertThat(tick(primeira)).isEqualTo(1);
        boolean feitoPelaSegunda = db.inTransaction(() -> segunda.gerar(visto));

        assertThat(feitoPelaSegunda).isFalse();
        assertThat(devidos(segunda)).isEmpty();
        assertThat(email.mensagens()).hasSize(2);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.relatorios_diarios WHERE tenant_id = ? AND data = ?",
                        saoPaulo.tenant(),
                        ONTEM))
                .isEqualTo(1);
    }

    @Test
    void anOpenCircuitOnTheSmtpAccountDelaysTheReportWhichGoesOnceAfterRecovery() {
        String conta = "email:smtp.saojoao.test:587";
        Circuitos circuitos = Circuitos.com(relogio, 5, Duration.ofSeconds(30));
        Transmissor smtp = new Transmissor() {
            @Override
            public ResultadoDoEnvio transmitir(MensagemDeSaida mensagem) {
                return email.transmitir(mensagem);
            }

            @Override
            public Optional<String> conta() {
                return Optional.of(conta);
            }
        };
        RelatoriosDiarios relatorios = instancia(smtp, circuitos);
        relogio.set(Instant.parse("2026-03-10T11:00:00Z"));
        // five of Disparo's e-mails through the same account found the server down: its circuit is open
        for (int i = 0; i < 5; i++) {
            assertThat(circuitos.permitir(conta)).isTrue();
            circuitos.registrar(
                    conta,
                    ResultadoDoEnvio.TentarDepois.doProvedor("421 try later", Duration.ofMinutes(1)),
                    Duration.ofMillis(5));
        }

        assertThatThrownBy(() -> tick(relatorios)).isInstanceOf(RelatorioAdiado.class);
        assertThat(email.mensagens()).as("no call while the circuit is open").isEmpty();
        assertThat(devidos(relatorios)).as("still due: nothing kept").hasSize(1);
        assertThat(db.count(
                        "SELECT count(*) FROM nigredo_leads.relatorios_diarios WHERE tenant_id = ?", saoPaulo.tenant()))
                .isZero();

        relogio.set(Instant.parse("2026-03-10T11:00:31Z"));
        assertThat(tick(relatorios)).as("the tick after the open period").isEqualTo(1);
        assertThat(email.destinatarios()).containsExactlyInAnyOrder(ana, bruno);
        assertThat(circuitos.abertos()).as("its success closed the circuit").isEmpty();

        relogio.set(Instant.parse("2026-03-10T11:02:00Z"));
        assertThat(tick(relatorios)).isZero();
        assertThat(email.mensagens()).as("once").hasSize(2);
    }

    @Test
    void theReportCarriesYesterdaysFunnelObjectionsAndInsightsAsAPdf() throws Exception {
        UUID respondeu = saoPaulo.leadRecebido("2026-03-09T09:00");
        saoPaulo.avanca(respondeu, "contatado", "2026-03-09T10:00");
        saoPaulo.avanca(respondeu, "respondeu", "2026-03-09T11:00");
        UUID interessado = saoPaulo.leadRecebido("2026-03-09T09:10");
        saoPaulo.avanca(interessado, "contatado", "2026-03-09T10:00");
        // straight from contatado to interessado: it responded too
        saoPaulo.avanca(interessado, "interessado", "2026-03-09T15:00");
        UUID calado = saoPaulo.leadRecebido("2026-03-09T09:20");
        saoPaulo.avanca(calado, "contatado", "2026-03-09T10:00");
        UUID deOntemAntes = saoPaulo.leadRecebido("2026-03-08T09:00");
        saoPaulo.avanca(deOntemAntes, "contatado", "2026-03-08T10:00");
        // 23:30 in São Paulo is already the 10th in UTC: it still counts on the 9th
        UUID tarde = saoPaulo.leadRecebido("2026-03-09T23:30");
        saoPaulo.objecao(respondeu, "preco", "2026-03-09T11:00");
        saoPaulo.objecao(interessado, "preco", "2026-03-09T12:00");
        saoPaulo.objecao(calado, "momento", "2026-03-09T13:00");
        saoPaulo.objecao(tarde, "preco", "2026-03-10T00:30");
        relogio.set(Instant.parse("2026-03-10T11:00:00Z"));

        tick(instancia());

        MetricasFunil metricas = MetricasFunil.de(jakarta.json.Json.createReader(new java.io.StringReader(db.text(
                        "SELECT metricas::text FROM nigredo_leads.metricas_diarias WHERE tenant_id = ? AND data = ?",
                        saoPaulo.tenant(),
                        ONTEM)))
                .readObject());
        assertThat(metricas.leadsRecebidos()).isEqualTo(4);
        assertThat(metricas.leadsContatados()).isEqualTo(3);
        assertThat(metricas.leadsResponderam()).isEqualTo(2);
        assertThat(metricas.leadsInteressados()).isEqualTo(1);
        assertThat(metricas.taxaResposta()).isEqualTo(66.7);
        assertThat(metricas.taxaInteresse()).isEqualTo(50.0);
        assertThat(metricas.objecoesRecorrentes())
                .extracting(o -> o.objecao() + "=" + o.frequencia())
                .containsExactly("preco=2", "momento=1");
        assertThat(metricas.insights())
                .contains(
                        "Foram recebidos 4 leads, 3 a mais que no dia anterior.",
                        "A objeção mais frequente foi sobre o preço (2 de 3 objeções).");

        MensagemDeSaida mensagem = email.mensagens().get(0);
        assertThat(mensagem.assunto()).isEqualTo("Relatório diário de 09/03/2026 — Padaria São João Ltda");
        assertThat(mensagem.anexos()).singleElement().satisfies(anexo -> {
            assertThat(anexo.nome()).isEqualTo("relatorio-2026-03-09.pdf");
            assertThat(anexo.tipo()).isEqualTo("application/pdf");
            try (var pdf = Loader.loadPDF(anexo.conteudo())) {
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains("Padaria São João Ltda — 09/03/2026", "Taxa de resposta", "66,7 %", "O preço");
            }
        });
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'relatorio.enviado' AND target_id = '2026-03-09'",
                        saoPaulo.tenant()))
                .isEqualTo(1);
    }
}
