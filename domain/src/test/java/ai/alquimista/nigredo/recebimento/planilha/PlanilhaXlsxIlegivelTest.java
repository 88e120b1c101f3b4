package ai.alquimista.nigredo.recebimento.planilha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Workbooks whose sheet XML cannot be read are the caller's mistake (or an attack): refused as an invalid file (400),
 * never a failure of ours. The hostile-input suite found both answered 500.
 */
class PlanilhaXlsxIlegivelTest {

    @Test
    void aSheetDeclaringAnExternalEntityIsRefusedAndNothingIsRead() {
        String sheet =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>empresa</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                        + "</sheetData></worksheet>";

        assertThatThrownBy(() -> Planilha.xlsx(new ByteArrayInputStream(workbook(sheet))))
                .isInstanceOf(PlanilhaInvalida.class)
                .satisfies(e -> assertThat(((PlanilhaInvalida) e).violations())
                        .extracting(Violation::field)
                        .containsExactly("file"))
                .hasMessageNotContaining("root:");
    }

    @Test
    void aSheetWhoseXmlBreaksOffAfterTheRowsInMemoryIsRefusedWhenReachedNotAFailure() throws IOException {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>empresa</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>email</t></is></c></row>");
        for (int row = 2; row <= PlanilhaXlsx.ROW_CACHE + 50; row++) {
            sheet.append("<row r=\"")
                    .append(row)
                    .append("\"><c r=\"A")
                    .append(row)
                    .append("\" t=\"inlineStr\"><is><t>Loja ")
                    .append(row)
                    .append("</t></is></c></row>");
        }
        sheet.append("<row r=\"9999\"><c r=\"A9999\" t=\"inlineStr\"><is><t>sem fim");

        List<Linha> linhas = new ArrayList<>();
        try (Planilha planilha = Planilha.xlsx(new ByteArrayInputStream(workbook(sheet.toString())))) {
            assertThatThrownBy(() -> planilha.forEachRemaining(linhas::add)).isInstanceOf(PlanilhaInvalida.class);
        }
        assertThat(linhas).isNotEmpty();
    }

    private static byte[] workbook(String sheet) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>");
        parts.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                        + "<sheet name=\"Leads\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
