package ai.alquimista.nigredo.recebimento.planilha;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Iterator;

/**
 * A lead file read as a stream, one {@link Linha} at a time: never more than a row (and the parser's
 * buffers) in memory. The header is read when the file is opened, so a file without the needed
 * columns is refused ({@link PlanilhaInvalida}) before any row is read. Blank rows are skipped.
 */
public interface Planilha extends Iterator<Linha>, Closeable {

    String CSV = "text/csv";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A CSV file: {@code ;} or {@code ,} (from the header), UTF-8 (BOM or not) or Windows-1252. */
    static Planilha csv(InputStream in) {
        return new PlanilhaCsv(in);
    }

    /** The first sheet of an XLSX workbook; formulas are read as their cached values. */
    static Planilha xlsx(InputStream in) {
        return new PlanilhaXlsx(in);
    }

    Colunas colunas();
}
