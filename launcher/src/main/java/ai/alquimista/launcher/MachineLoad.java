package ai.alquimista.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Where a machine's time went over a phase of a benchmark: the share of it in which some task waited for a CPU or
 * stalled on I/O ({@link Pressure}), the share of the CPUs' time a virtual machine's host took for others (steal,
 * from {@code /proc/stat}), and the cores each part used, from every process's {@code /proc/<pid>/stat}:
 * the application (Payara Micro), PostgreSQL, the launcher (the load generator and the embedded SQS server) and
 * everything else on the machine.
 */
final class MachineLoad {

    static final String APPLICATION = "application";
    static final String POSTGRES = "postgres";
    static final String LAUNCHER = "launcher (load, SQS)";
    static final String OTHER = "other";

    /** Linux's USER_HZ, the unit of {@code utime} and {@code stime}: 100 on every architecture's ABI. */
    private static final double TICKS_PER_SECOND = 100;

    private static final Path PROC = Path.of("/proc");

    /** One moment: the pressure totals, the CPUs' time and each process's CPU ticks, by pid. */
    record Snapshot(
            long nanos,
            OptionalLong cpuWaitMicros,
            OptionalLong ioWaitMicros,
            CpuTime cpus,
            Map<Long, Process> processes) {

        /** What happened between {@code before} and this moment, the application being {@code applicationPid}. */
        Usage since(Snapshot before, long applicationPid, long launcherPid) {
            double micros = (nanos - before.nanos) / 1e3;
            Map<String, Double> cores = new LinkedHashMap<>();
            for (String part : new String[] {APPLICATION, POSTGRES, LAUNCHER, OTHER}) {
                cores.put(part, 0.0);
            }
            processes.forEach((pid, now) -> {
                Process then = before.processes.get(pid);
                long ticks = now.ticks() - (then == null || !then.name().equals(now.name()) ? 0 : then.ticks());
                String part = pid == applicationPid
                        ? APPLICATION
                        : pid == launcherPid ? LAUNCHER : POSTGRES.equals(now.name()) ? POSTGRES : OTHER;
                cores.merge(part, ticks / TICKS_PER_SECOND / (micros / 1e6), Double::sum);
            });
            return new Usage(
                    share(before.cpuWaitMicros, cpuWaitMicros, micros),
                    share(before.ioWaitMicros, ioWaitMicros, micros),
                    cpus.stolenSince(before.cpus),
                    cores);
        }

        private static double share(OptionalLong before, OptionalLong after, double micros) {
            return before.isPresent() && after.isPresent()
                    ? (after.getAsLong() - before.getAsLong()) / micros
                    : Double.NaN;
        }
    }

    /** A process's name ({@code comm}) and the CPU it has used, user and system, in ticks. */
    record Process(String name, long ticks) {

        /** From a {@code /proc/<pid>/stat} line; its name is in parentheses and may hold spaces and parentheses. */
        static Process parse(String stat) {
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] fields = stat.substring(close + 2).split(" ");
            // after the name: state is field 3, utime 14 and stime 15 of the line
            return new Process(
                    stat.substring(open + 1, close), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        }
    }

    /** The CPUs' time since boot, in ticks: all of it, and what the host took for others. */
    record CpuTime(long total, long stolen) {

        static final CpuTime UNKNOWN = new CpuTime(0, 0);

        /** From the {@code cpu} line of {@code /proc/stat}: user nice system idle iowait irq softirq steal ... */
        static CpuTime parse(String stat) {
            String[] fields = stat.lines()
                    .filter(line -> line.startsWith("cpu "))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no cpu line"))
                    .trim()
                    .split("\\s+");
            long total = 0;
            // guest time (fields 9 and 10) is counted in user time already
            for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
                total += Long.parseLong(fields[i]);
            }
            return new CpuTime(total, fields.length > 8 ? Long.parseLong(fields[8]) : 0);
        }

        double stolenSince(CpuTime before) {
            long elapsed = total - before.total;
            return this == UNKNOWN || before == UNKNOWN || elapsed <= 0
                    ? Double.NaN
                    : (double) (stolen - before.stolen) / elapsed;
        }
    }

    /** Shares of the phase's time (NaN where not reported) and cores used by each part. */
    record Usage(double cpuWait, double ioWait, double steal, Map<String, Double> cores) {}

    private MachineLoad() {}

    static Snapshot take() {
        Map<Long, Process> processes = new HashMap<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(entry -> read(entry)
                            .ifPresent(process -> processes.put(
                                    Long.parseLong(entry.getFileName().toString()), process)));
        } catch (IOException | SecurityException notLinux) {
            // no per-process figures: the parts show 0 cores
        }
        return new Snapshot(
                System.nanoTime(),
                Pressure.waitedMicros(Pressure.CPU),
                Pressure.waitedMicros(Pressure.IO),
                cpuTime(),
                processes);
    }

    private static CpuTime cpuTime() {
        try {
            return CpuTime.parse(Files.readString(PROC.resolve("stat")));
        } catch (IOException | RuntimeException notLinux) {
            return CpuTime.UNKNOWN;
        }
    }

    private static Optional<Process> read(Path processDirectory) {
        try {
            return Optional.of(Process.parse(Files.readString(processDirectory.resolve("stat"))));
        } catch (IOException | RuntimeException gone) {
            // the process ended between the listing and the read
            return Optional.empty();
        }
    }
}
