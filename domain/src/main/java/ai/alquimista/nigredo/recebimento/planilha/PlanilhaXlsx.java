package ai.alquimista.nigredo.recebimento.planilha;

import ai.alquimista.shared.errors.TooLarge;
import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The first sheet of an XLSX workbook, streamed (excel-streaming-reader copies the upload to a
 * temporary file, as a zip needs, and keeps {@value #ROW_CACHE} rows in memory). The first non-blank
 * row is the header. Formulas are never evaluated: their cached values are read. A whole number is
 * read without ".0" nor exponent (a phone typed as a number stays 11987654321).
 */
final class PlanilhaXlsx extends LinhaALinha {

    static final int ROW_CACHE = 100;

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final Colunas colunas;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

    PlanilhaXlsx(InputStream in) {
        try {
            this.workbook = StreamingReader.builder()
                    .rowCacheSize(ROW_CACHE)
                    .bufferSize(8192)
                    .open(in);
        } catch (TooLarge e) {
            throw e;
        } catch (RuntimeException e) {
            TooLarge tooLarge = tooLarge(e);
            if (tooLarge != null) {
                throw tooLarge;
            }
            throw new PlanilhaInvalida("file", "the file is not a readable XLSX workbook");
        }
        try {
            if (workbook.getNumberOfSheets() == 0) {
                throw new PlanilhaInvalida("file", "the file has no leads");
            }
            this.rows = workbook.getSheetAt(0).rowIterator();
            List<String> header = null;
            while (header == null && rows.hasNext()) {
                List<String> cells = cells(rows.next());
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    header = cells;
                }
            }
            if (header == null) {
                throw new PlanilhaInvalida("file", "the file has no leads");
            }
            this.colunas = Colunas.doCabecalho(header);
        } catch (PlanilhaInvalida | TooLarge e) {
            closeQuietly();
            throw e;
        } catch (RuntimeException e) {
            // the sheet's XML cannot be parsed (broken, or a DOCTYPE the secure parser refuses): the caller's file
            closeQuietly();
            throw unreadable(e, "the file is not a readable XLSX workbook");
        }
    }

    @Override
    public Colunas colunas() {
        return colunas;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    @Override
    protected Linha read() {
        while (hasNextRow()) {
            Row row = rows.next();
            List<String> cells;
            try {
                cells = cells(row);
            } catch (RuntimeException e) {
                return Linha.malformada(row.getRowNum() + 1, "linha ilegível: " + e.getMessage());
            }
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            return Linha.lida(row.getRowNum() + 1, colunas.lead(cells));
        }
        return null;
    }

    /** Whether the sheet has another row; a sheet whose XML breaks off is the caller's file, refused (400). */
    private boolean hasNextRow() {
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw unreadable(e, "the XLSX workbook cannot be read to its end");
        }
    }

    private static RuntimeException unreadable(RuntimeException e, String problem) {
        TooLarge tooLarge = tooLarge(e);
        return tooLarge != null ? tooLarge : new PlanilhaInvalida("file", problem);
    }

    private List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(text(cell));
        }
        return cells;
    }

    /** What the cell shows, formulas by their cached value. */
    String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell.getNumericCellValue(), cell.getCellStyle());
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            default -> null;
        };
    }

    /**
     * A number as its cell's format shows it (a CNPJ formatted "00000000000000" keeps its leading
     * zero), except in the General format, where Excel would show a long number with an exponent:
     * there whole numbers are written in full and others in plain decimal notation.
     */
    String number(double value, CellStyle style) {
        String format = style == null ? null : style.getDataFormatString();
        if (format != null
                && !"General".equalsIgnoreCase(format)
                && !format.isBlank()
                && !format.toUpperCase(java.util.Locale.ROOT).contains("E")) {
            return formatter.formatRawCellContents(value, style.getDataFormat(), format);
        }
        return plain(value);
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static TooLarge tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private void closeQuietly() {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // the temporary file goes anyway
        }
    }
}
