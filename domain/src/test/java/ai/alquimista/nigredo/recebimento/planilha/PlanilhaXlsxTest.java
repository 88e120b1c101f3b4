package ai.alquimista.nigredo.recebimento.planilha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.recebimento.Celulas;
import ai.alquimista.nigredo.recebimento.Inconformidade;
import ai.alquimista.nigredo.recebimento.Motivo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PlanilhaXlsxTest {

    private static byte[] workbook() throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            Sheet sheet = workbook.createSheet("Leads");
            Row header = sheet.createRow(0);
            String[] columns = {"Razão Social", "Telefone", "E-mail", "CNPJ", "Porte", "Observações"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            CellStyle cnpj = workbook.createCellStyle();
            cnpj.setDataFormat(workbook.createDataFormat().getFormat("00000000000000"));
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Padaria Pão Quente");
            first.createCell(1).setCellValue(11987654321d);
            first.createCell(2).setCellValue("maria@padaria.com.br");
            first.createCell(3).setCellValue(1222333000181d);
            first.getCell(3).setCellStyle(cnpj);
            first.createCell(4).setCellValue(3);
            first.createCell(5).setCellValue("cliente");
            // row 3 left blank
            Row formula = sheet.createRow(3);
            formula.createCell(0).setCellFormula("UPPER(\"mercado central\")");
            formula.getCell(0).setCellValue("MERCADO CENTRAL");
            formula.createCell(1).setCellFormula("5531*100000000+32221234");
            formula.getCell(1).setCellValue(5531032221234d);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void theFirstSheetIsReadWithCachedFormulaValuesAndWholeNumbersInFull() throws Exception {
        List<Linha> linhas = new ArrayList<>();
        try (Planilha planilha = Planilha.xlsx(new ByteArrayInputStream(workbook()))) {
            planilha.forEachRemaining(linhas::add);
        }

        assertThat(linhas).extracting(Linha::numero).containsExactly(2, 4);
        assertThat(linhas.get(0).dados().toString())
                .isEqualTo("{\"empresa\":\"Padaria Pão Quente\","
                        + "\"telefone\":\"11987654321\",\"email\":\"maria@padaria.com.br\",\"cnpj\":\"01222333000181\","
                        + "\"porte\":\"3\"}");
        assertThat(linhas.get(1).dados().getString("empresa")).isEqualTo("MERCADO CENTRAL");
        assertThat(linhas.get(1).dados().getString("telefone")).isEqualTo("5531032221234");
    }

    @Test
    void aNulWrittenAsAnEscapeInACellIsReadAsNulAndIsThatRowsIssue() throws Exception {
        List<Linha> linhas = new ArrayList<>();
        try (Planilha planilha = Planilha.xlsx(new ByteArrayInputStream(withNulEscape()))) {
            planilha.forEachRemaining(linhas::add);
        }

        assertThat(linhas).hasSize(2);
        assertThat(linhas.get(0).dados().getString("empresa")).isEqualTo("Pada\u0000ria");
        assertThat(Celulas.inconformidades(linhas.get(0).dados()))
                .containsExactly(new Inconformidade("empresa", Motivo.CONTROL_CHARACTER));
        assertThat(Celulas.inconformidades(linhas.get(1).dados())).isEmpty();
    }

    /** POI writes a NUL as '?'; Excel writes it as the escape _x0000_, as this workbook has it. */
    private static byte[] withNulEscape() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Leads");
            String[][] rows = {
                {"empresa", "email"}, {"PadaNULria", "maria@padaria.com.br"}, {"Mercado Central", "ana@mercado.com.br"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(written);
        }
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(escaped)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replace("NUL", "_x0000_")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return escaped.toByteArray();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() {
        assertThatThrownBy(() ->
                        Planilha.xlsx(new ByteArrayInputStream("empresa;telefone\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PlanilhaInvalida.class);
    }

    @Test
    void wholeNumbersNeverGetAnExponent() {
        assertThat(PlanilhaXlsx.plain(11987654321d)).isEqualTo("11987654321");
        assertThat(PlanilhaXlsx.plain(2.5)).isEqualTo("2.5");
    }
}
