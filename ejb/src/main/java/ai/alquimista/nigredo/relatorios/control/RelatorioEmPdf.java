package ai.alquimista.nigredo.relatorios.control;

import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.ObjecaoRecorrente;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A tenant's daily report as a PDF (OpenPDF): the tenant and the day, the funnel as a chart, the counts and rates, the
 * recurring objections and the insights, in pt-BR. Only text the report computed goes in, as text: nothing is loaded
 * from a name or address, so a tenant's name cannot pull in a file or a URL.
 */
@ApplicationScoped
public class RelatorioEmPdf {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color ROXO = new Color(0x4C, 0x1D, 0x95);
    private static final Color CINZA = new Color(0xF3, 0xF0, 0xFA);

    public byte[] pdf(String empresa, MetricasFunil metricas) {
        Font titulo = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, ROXO);
        Font secao = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, ROXO);
        Font texto = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font negrito = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        String dia = DATA.format(metricas.periodo().inicio());
        Document documento = new Document(PageSize.A4, 48, 48, 48, 48);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfWriter.getInstance(documento, pdf);
            documento.addTitle("Relatório diário de " + dia + " — " + empresa);
            documento.addCreator("Alquimista.AI — Relatórios");
            documento.open();
            documento.add(new Paragraph("Relatório diário do funil", titulo));
            documento.add(new Paragraph(empresa + " — " + dia, negrito));
            documento.add(Chunk.NEWLINE);

            Image grafico = Image.getInstance(GraficoDoFunil.png(metricas.contagem()));
            grafico.scaleToFit(documento.getPageSize().getWidth() - 96, 240);
            grafico.setAlignment(Element.ALIGN_CENTER);
            grafico.setAlt("O funil do dia: leads por etapa");
            documento.add(grafico);

            documento.add(new Paragraph("Leads por etapa", secao));
            PdfPTable etapas = tabela(texto, negrito, "Etapa", "Leads");
            linha(etapas, texto, "Recebidos", numero(metricas.leadsRecebidos()));
            linha(etapas, texto, "Enriquecidos", numero(metricas.leadsEnriquecidos()));
            linha(etapas, texto, "Contatados", numero(metricas.leadsContatados()));
            linha(etapas, texto, "Responderam", numero(metricas.leadsResponderam()));
            linha(etapas, texto, "Interessados", numero(metricas.leadsInteressados()));
            linha(etapas, texto, "Agendados", numero(metricas.leadsAgendados()));
            linha(etapas, texto, "Convertidos", numero(metricas.leadsConvertidos()));
            linha(etapas, texto, "Descartados", numero(metricas.leadsDescartados()));
            linha(etapas, texto, "Descadastrados", numero(metricas.leadsDescadastrados()));
            documento.add(etapas);

            documento.add(new Paragraph("Taxas", secao));
            PdfPTable taxas = tabela(texto, negrito, "Taxa", "Valor");
            linha(taxas, texto, "Taxa de enriquecimento", porcento(metricas.taxaEnriquecimento()));
            linha(taxas, texto, "Taxa de resposta", porcento(metricas.taxaResposta()));
            linha(taxas, texto, "Taxa de interesse", porcento(metricas.taxaInteresse()));
            linha(taxas, texto, "Taxa de agendamento", porcento(metricas.taxaAgendamento()));
            linha(taxas, texto, "Taxa de conversão final", porcento(metricas.taxaConversao()));
            documento.add(taxas);

            documento.add(new Paragraph("Objeções recorrentes", secao));
            if (metricas.objecoesRecorrentes().isEmpty()) {
                documento.add(new Paragraph("Nenhuma objeção registrada no dia.", texto));
            } else {
                PdfPTable objecoes = tabela(texto, negrito, "Objeção", "Vezes");
                for (ObjecaoRecorrente objecao : metricas.objecoesRecorrentes()) {
                    linha(objecoes, texto, capitalizada(objecao.descricao()), numero(objecao.frequencia()));
                }
                documento.add(objecoes);
            }

            documento.add(new Paragraph("Insights", secao));
            List insights = new List(List.UNORDERED);
            insights.setListSymbol(new Chunk("•  ", texto));
            metricas.insights().forEach(insight -> insights.add(new ListItem(insight, texto)));
            documento.add(insights);
            documento.close();
            return pdf.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot write the report of " + dia + ": " + e.getMessage(), e);
        }
    }

    /** The file name of a day's report: ours, from the date alone. */
    public static String arquivo(java.time.LocalDate data) {
        return "relatorio-" + data + ".pdf";
    }

    private static PdfPTable tabela(Font texto, Font negrito, String... cabecalhos) {
        PdfPTable tabela = new PdfPTable(new float[] {3, 1});
        tabela.setWidthPercentage(100);
        tabela.setSpacingBefore(6);
        tabela.setSpacingAfter(10);
        for (String cabecalho : cabecalhos) {
            PdfPCell celula = new PdfPCell(new Phrase(cabecalho, negrito));
            celula.setBackgroundColor(CINZA);
            celula.setPadding(5);
            tabela.addCell(celula);
        }
        return tabela;
    }

    private static void linha(PdfPTable tabela, Font texto, String nome, String valor) {
        PdfPCell rotulo = new PdfPCell(new Phrase(nome, texto));
        rotulo.setPadding(4);
        PdfPCell numero = new PdfPCell(new Phrase(valor, texto));
        numero.setPadding(4);
        numero.setHorizontalAlignment(Element.ALIGN_RIGHT);
        tabela.addCell(rotulo);
        tabela.addCell(numero);
    }

    private static String numero(long valor) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(PT_BR)).format(valor);
    }

    private static String porcento(double valor) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(PT_BR)).format(valor) + " %";
    }

    private static String capitalizada(String texto) {
        return texto.isEmpty() ? texto : texto.substring(0, 1).toUpperCase(PT_BR) + texto.substring(1);
    }
}
