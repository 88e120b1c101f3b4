package ai.alquimista.nigredo.recebimento.planilha;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV lead file, read record by record. Records are cut from the text here (a quoted field may
 * span lines) and each is parsed by Commons CSV on its own, so a broken record costs only itself:
 * it becomes a malformed {@link Linha} and the next record is read as usual. A quote that is never
 * closed makes its first line malformed after {@value #MAX_LINES} lines or {@value #MAX_CHARS}
 * characters, and reading resumes on the line after it.
 */
final class PlanilhaCsv extends LinhaALinha {

    static final int DETECTION_BYTES = 64 * 1024;
    static final int MAX_LINES = 50;
    static final int MAX_CHARS = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final BufferedReader reader;
    private final Deque<String> pushedBack = new ArrayDeque<>();
    private final char delimiter;
    private final CSVFormat format;
    private final Colunas colunas;
    private final int headerSize;
    private int record;

    PlanilhaCsv(InputStream in) {
        try {
            this.reader = new BufferedReader(decode(in));
            String header = nextLine();
            while (header != null && header.isBlank()) {
                record++;
                header = nextLine();
            }
            if (header == null) {
                throw new PlanilhaInvalida("file", "the file has no leads");
            }
            record++;
            this.delimiter = delimiter(header);
            this.format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .get();
            Record first = nextRecord(header);
            if (first.problem() != null) {
                throw new PlanilhaInvalida("file", "the header (first row) cannot be read: " + first.problem());
            }
            List<String> cells = cells(first.text());
            this.headerSize = cells.size();
            this.colunas = Colunas.doCabecalho(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Colunas colunas() {
        return colunas;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    @Override
    protected Linha read() {
        try {
            while (true) {
                String line = nextLine();
                if (line == null) {
                    return null;
                }
                record++;
                if (line.isBlank()) {
                    continue;
                }
                Record found = nextRecord(line);
                if (found.problem() != null) {
                    return Linha.malformada(record, found.problem());
                }
                List<String> cells;
                try {
                    cells = cells(found.text());
                } catch (IOException | RuntimeException e) {
                    return Linha.malformada(record, "linha malformada: aspas fora de lugar num campo entre aspas");
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int used = cells.size();
                while (used > headerSize && cells.get(used - 1).isBlank()) {
                    used--;
                }
                if (used > headerSize) {
                    return Linha.malformada(
                            record, "linha malformada: tem " + used + " colunas e o cabeçalho tem " + headerSize);
                }
                return Linha.lida(record, colunas.lead(cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one record starting at {@code first}, its quoted fields spanning lines as needed. */
    private Record nextRecord(String first) throws IOException {
        boolean inQuotes = inQuotesAfter(first, false, delimiter);
        if (!inQuotes) {
            return new Record(first, null);
        }
        List<String> lines = new ArrayList<>();
        lines.add(first);
        StringBuilder text = new StringBuilder(first);
        while (inQuotes) {
            String line = lines.size() < MAX_LINES && text.length() < MAX_CHARS ? nextLine() : null;
            if (line == null) {
                for (int i = lines.size() - 1; i >= 1; i--) {
                    pushedBack.push(lines.get(i));
                }
                return new Record(first, "linha malformada: aspas abertas e não fechadas");
            }
            lines.add(line);
            text.append('\n').append(line);
            inQuotes = inQuotesAfter(line, true, delimiter);
        }
        return new Record(text.toString(), null);
    }

    private List<String> cells(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalStateException("expected one record, found " + records.size());
            }
            return records.get(0).toList();
        }
    }

    private String nextLine() throws IOException {
        return pushedBack.isEmpty() ? reader.readLine() : pushedBack.pop();
    }

    /**
     * Whether a quoted field is still open at the end of {@code line}, Commons CSV's way: a quote
     * opens a field only at its start, and {@code ""} inside a quoted field is a quote.
     */
    static boolean inQuotesAfter(String line, boolean inQuotes, char delimiter) {
        boolean fieldStart = !inQuotes;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
            } else if (c == delimiter) {
                fieldStart = true;
            } else {
                inQuotes = c == '"' && fieldStart;
                fieldStart = false;
            }
        }
        return inQuotes;
    }

    /** {@code ;} (Brazilian Excel), tab or {@code ,}: whichever the header line has most of. */
    static char delimiter(String header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean inQuotes = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /**
     * UTF-8 unless the first 64 KB are not valid UTF-8, then Windows-1252 (Excel's "CSV" on Windows);
     * a UTF-8 byte order mark is dropped.
     */
    static java.io.Reader decode(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, DETECTION_BYTES + 16);
        buffered.mark(DETECTION_BYTES + 8);
        byte[] head = buffered.readNBytes(DETECTION_BYTES);
        buffered.reset();
        boolean bom =
                head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (bom) {
            buffered.skipNBytes(3);
            return new InputStreamReader(buffered, StandardCharsets.UTF_8);
        }
        return new InputStreamReader(
                buffered, utf8(head, head.length < DETECTION_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    static boolean utf8(byte[] bytes, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return !decoder.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), whole)
                .isError();
    }

    private record Record(String text, String problem) {}
}
