package ai.alquimista.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linux's pressure stall information ({@code /proc/pressure/cpu}, {@code /proc/pressure/io}): how long, in total, some
 * task of the machine waited for a CPU, or stalled on I/O. Over a phase of a benchmark, the share of the phase's time
 * in which something waited: near 0 when the machine had room, near 100% when everything queued. Empty where the
 * kernel does not report it.
 */
final class Pressure {

    static final Path CPU = Path.of("/proc/pressure/cpu");
    static final Path IO = Path.of("/proc/pressure/io");

    private static final Pattern SOME_TOTAL = Pattern.compile("^some .*\\btotal=(\\d+)", Pattern.MULTILINE);

    private Pressure() {}

    /** Microseconds in which some task waited, since boot. */
    static OptionalLong waitedMicros(Path file) {
        try {
            return waitedMicros(Files.readString(file));
        } catch (IOException | SecurityException notReported) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong waitedMicros(String report) {
        Matcher some = SOME_TOTAL.matcher(report);
        return some.find() ? OptionalLong.of(Long.parseLong(some.group(1))) : OptionalLong.empty();
    }
}
