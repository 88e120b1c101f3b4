package ai.alquimista.nigredo.relatorios.boundary;

import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.atendimento.CategoriaDeObjecao;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import ai.alquimista.nigredo.relatorios.InsightsPorRegras;
import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.ObjecaoRecorrente;
import ai.alquimista.nigredo.relatorios.Periodo;
import ai.alquimista.nigredo.relatorios.control.MetricasDiariasQuery;
import ai.alquimista.nigredo.relatorios.control.RelatorioEmPdf;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.SimulatedClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A manager opens a day's report: its figures as JSON, its PDF with the chart; a day without one is not found. */
class RelatoriosTest {

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private static final LocalDate DIA = LocalDate.parse("2026-03-09");

    private final Relatorios relatorios = relatorios(Instant.parse("2026-03-10T12:00:00Z"));

    private Relatorios relatorios(Instant agora) {
        return Beans.wire(
                new Relatorios(),
                database.dataSource(),
                new SimulatedClock(agora),
                new RelatorioEmPdf(),
                new InsightsPorRegras());
    }

    private final MetricasFunil metricas = MetricasFunil.de(
            Periodo.dia(DIA),
            new ContagemDoFunil(40, 36, 32, 4, 3, 2, 1, 2, 1),
            List.of(
                    ObjecaoRecorrente.de(CategoriaDeObjecao.preco, 5),
                    ObjecaoRecorrente.de(CategoriaDeObjecao.momento, 4)),
            List.of(
                    "A taxa de resposta caiu de 20 % para 12,5 % em relação ao dia anterior.",
                    "A objeção mais frequente foi sobre o preço (5 de 9 objeções)."));

    private Caller daEmpresa(String nome) throws Exception {
        UUID tenant = aTenant().nome(nome).fuso("America/Sao_Paulo").insert(database);
        return new Caller(UUID.randomUUID(), tenant, "g@empresa.com.br", Role.manager, "203.0.113.9", "junit");
    }

    @Test
    void theDaysPdfHasTheFunnelChartTheRatesTheObjectionsAndTheInsights() throws Exception {
        Caller gestor = daEmpresa("Confeitaria Ação & Coração Ltda");
        database.commit(db -> MetricasDiariasQuery.upsert(db, gestor.tenantId(), metricas));

        byte[] pdf = relatorios.pdf(gestor, DIA);

        try (PDDocument documento = Loader.loadPDF(pdf)) {
            String texto = new PDFTextStripper().getText(documento);
            assertThat(texto)
                    .contains(
                            "Relatório diário do funil",
                            "Confeitaria Ação & Coração Ltda — 09/03/2026",
                            "Taxa de resposta",
                            "12,5 %",
                            "Taxa de conversão final",
                            "2,5 %",
                            "O preço",
                            "A taxa de resposta caiu de 20 % para 12,5 % em relação ao dia anterior.");
            assertThat(imagens(documento)).as("the funnel chart").isNotEmpty();
        }
        assertThat(relatorios.metricas(gestor, DIA)).isEqualTo(metricas);
        assertThat(relatorios.dias(gestor)).hasSize(2).last().satisfies(dia -> {
            assertThat(dia.data()).isEqualTo(DIA);
            assertThat(dia.pdf()).isEqualTo("api/relatorios/2026-03-09.pdf");
            assertThat(dia.enviadoA()).isNull();
            assertThat(dia.parcial()).isFalse();
        });
    }

    @Test
    void aDayToComeADayWithoutDataAndAnotherTenantsDayAreNotFound() throws Exception {
        Caller gestor = daEmpresa("Padaria Um Ltda");
        Caller outro = daEmpresa("Padaria Dois Ltda");
        database.commit(db -> MetricasDiariasQuery.upsert(db, gestor.tenantId(), metricas));

        assertThatThrownBy(() -> relatorios.pdf(gestor, LocalDate.parse("2026-03-11")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> relatorios.metricas(gestor, LocalDate.parse("2026-03-08")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> relatorios.pdf(outro, DIA)).isInstanceOf(NotFound.class);
        assertThat(relatorios.dias(outro))
                .as("only its own day so far")
                .singleElement()
                .satisfies(dia -> assertThat(dia.parcial()).isTrue());
    }

    @Test
    void todaysReportIsMadeWhenAskedFromTheFunnelSoFarAndIsNeitherStoredNorMailed() throws Exception {
        Instant agora = Instant.now();
        Relatorios hoje = relatorios(agora);
        Caller gestor = daEmpresa("Padaria Pão Quente Ltda");
        aLead(gestor.tenantId()).empresa("Mercado Central").insert(database);
        aLead(gestor.tenantId()).empresa("Oficina Boa Vista").insert(database);
        LocalDate dia = agora.atZone(ZoneId.of("America/Sao_Paulo")).toLocalDate();

        List<RelatorioDoDia> dias = hoje.dias(gestor);
        byte[] pdf = hoje.pdf(gestor, dia);

        assertThat(dias).singleElement().satisfies(parcial -> {
            assertThat(parcial.data()).isEqualTo(dia);
            assertThat(parcial.parcial()).isTrue();
            assertThat(parcial.leadsRecebidos()).isEqualTo(2);
        });
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(documento)).contains("Padaria Pão Quente Ltda");
        }
        assertThat(hoje.metricas(gestor, dia).leadsRecebidos()).isEqualTo(2);
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.metricas_diarias"))
                .isZero();
        assertThatThrownBy(() -> hoje.metricas(gestor, dia.minusDays(1)))
                .as("the day before the company was on the platform")
                .isInstanceOf(NotFound.class);
    }

    private static List<PDImageXObject> imagens(PDDocument documento) throws Exception {
        List<PDImageXObject> imagens = new ArrayList<>();
        for (var pagina : documento.getPages()) {
            PDResources recursos = pagina.getResources();
            for (COSName nome : recursos.getXObjectNames()) {
                if (recursos.getXObject(nome) instanceof PDImageXObject imagem) {
                    imagens.add(imagem);
                }
            }
        }
        return imagens;
    }
}
