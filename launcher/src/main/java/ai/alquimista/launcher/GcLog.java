package ai.alquimista.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's heap as its collector saw it, read from Payara's unified GC log ({@code -Xlog:gc}): the most
 * heap ever in use (just before a collection) and the most still in use after one (what the work kept alive).
 */
record GcLog(long collections, long peakBeforeMb, long peakAfterMb) {

    static final String FILE_NAME = "gc.log";

    private static final Pattern PAUSE = Pattern.compile("GC\\((\\d+)\\) .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** The collections logged from line {@code fromLine} on (0: all). */
    static GcLog read(Path file, int fromLine) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        long collections = 0;
        long before = 0;
        long after = 0;
        for (String line : lines.subList(Math.min(fromLine, lines.size()), lines.size())) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                collections++;
                before = Math.max(before, Long.parseLong(pause.group(2)));
                after = Math.max(after, Long.parseLong(pause.group(3)));
            }
        }
        return new GcLog(collections, before, after);
    }

    static int lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file)) {
            return (int) lines.count();
        }
    }
}
