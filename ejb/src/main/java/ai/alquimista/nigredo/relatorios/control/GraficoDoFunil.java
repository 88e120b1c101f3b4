package ai.alquimista.nigredo.relatorios.control;

import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The funnel as a horizontal bar chart (JFreeChart), drawn off screen into a PNG: runs headless. */
final class GraficoDoFunil {

    static final int LARGURA = 1000;
    static final int ALTURA = 460;

    private GraficoDoFunil() {}

    static byte[] png(ContagemDoFunil contagem) {
        DefaultCategoryDataset etapas = new DefaultCategoryDataset();
        etapas.addValue(contagem.recebidos(), "Leads", "Recebidos");
        etapas.addValue(contagem.enriquecidos(), "Leads", "Enriquecidos");
        etapas.addValue(contagem.contatados(), "Leads", "Contatados");
        etapas.addValue(contagem.responderam(), "Leads", "Responderam");
        etapas.addValue(contagem.interessados(), "Leads", "Interessados");
        etapas.addValue(contagem.agendados(), "Leads", "Agendados");
        etapas.addValue(contagem.convertidos(), "Leads", "Convertidos");
        JFreeChart grafico = ChartFactory.createBarChart(
                "Funil do dia", null, "Leads", etapas, PlotOrientation.HORIZONTAL, false, false, false);
        grafico.setBackgroundPaint(Color.WHITE);
        grafico.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        CategoryPlot plot = grafico.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        NumberAxis eixo = (NumberAxis) plot.getRangeAxis();
        eixo.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        eixo.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        BarRenderer barras = (BarRenderer) plot.getRenderer();
        barras.setBarPainter(new StandardBarPainter());
        barras.setShadowVisible(false);
        barras.setSeriesPaint(0, new Color(0x6D, 0x28, 0xD9));
        BufferedImage imagem = grafico.createBufferedImage(LARGURA, ALTURA);
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(imagem, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the funnel chart: " + e.getMessage(), e);
        }
    }
}
