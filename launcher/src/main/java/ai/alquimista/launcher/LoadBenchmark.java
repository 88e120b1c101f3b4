package ai.alquimista.launcher;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@code ./alquimista bench load [--full]}: seed 001's load profile on {@code POST /api/leads}, one lead per post,
 * open loop: a warm-up at 10 rps, 50 rps sustained and a 100 rps spike (10/30/20 s; 60/300/60 s with
 * {@code --full}), then {@code GET /api/agents} at 100 rps. Prints p50/p95/p99 and errors per phase and the lag
 * from the spike's end until every posted lead is in a campaign, against the targets.
 */
final class LoadBenchmark {

    private static final double POST_P95_TARGET_MS = 100;
    private static final double READ_P95_TARGET_MS = 50;
    private static final Duration DRAIN_TARGET = Duration.ofSeconds(10);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final String[] SETORES = {"Alimentação", "Comércio varejista", "Construção", "Saúde", "Tecnologia"};

    private record Phase(String name, int rate, Duration shortRun, Duration fullRun) {}

    private static final List<Phase> POSTS = List.of(
            new Phase("warm-up", 10, Duration.ofSeconds(10), Duration.ofSeconds(60)),
            new Phase("sustained", 50, Duration.ofSeconds(30), Duration.ofSeconds(300)),
            new Phase("spike", 100, Duration.ofSeconds(20), Duration.ofSeconds(60)));
    private static final Phase READS = new Phase("reads", 100, Duration.ofSeconds(20), Duration.ofSeconds(60));

    private LoadBenchmark() {}

    static int run(LaunchSettings settings, Map<String, String> env, String[] args, PrintStream out) throws Exception {
        boolean full = Arrays.asList(args).contains("--full");
        out.println("starting the system (Payara log: " + settings.payaraLog() + ") ...");
        try (RunningSystem system = RunningSystem.start(settings, unlimited(env), true);
                Connection db = DriverManager.getConnection(
                        system.databaseUrl(), Benchmark.user(env), Benchmark.password(env))) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(8))
                    .build();
            DemoApi api =
                    DemoApi.signIn(http, settings.baseUrl(), settings.home().resolve("demo-credentials.properties"));
            api.activate("nigredo-recebimento", "nigredo-estrategia");
            String run = UUID.randomUUID().toString().substring(0, 8);
            RawBaselines.Figures insert = RawBaselines.postgresInsert(db, 500);
            RawBaselines.Figures roundTrip;
            try (SqsClient sqs = SqsClients.forEndpoint(
                    system.sqsEndpoint(),
                    settings.region(),
                    settings.sqsEndpoint().isEmpty())) {
                roundTrip = RawBaselines.sqsRoundTrip(sqs, "alquimista-bench-baseline-" + run, 200);
            }
            out.printf(
                    "raw baselines: PostgreSQL insert + commit p50 %.2f ms, p95 %.2f ms;"
                            + " SQS send + receive + delete p50 %.2f ms, p95 %.2f ms%n",
                    insert.p50Millis(), insert.p95Millis(), roundTrip.p50Millis(), roundTrip.p95Millis());
            List<OpenLoop.Result> results = new ArrayList<>();
            List<MachineLoad.Usage> machine = new ArrayList<>();
            int[] offset = {0};
            for (Phase phase : POSTS) {
                Duration duration = full ? phase.fullRun() : phase.shortRun();
                out.printf(
                        "%s: POST /api/leads at %d rps for %d s ...%n",
                        phase.name(), phase.rate(), duration.toSeconds());
                int first = offset[0];
                MachineLoad.Snapshot before = MachineLoad.take();
                results.add(OpenLoop.run(
                        http, phase.name(), phase.rate(), duration, 202, i -> postLead(api, run, first + i)));
                machine.add(MachineLoad.take()
                        .since(
                                before,
                                system.applicationPid(),
                                ProcessHandle.current().pid()));
                offset[0] += results.get(results.size() - 1).sent();
            }
            long spikeEnded = System.nanoTime();
            long posted = results.stream().mapToLong(r -> r.sent() - r.errors()).sum();
            Duration lag = awaitCampaigns(db, run, posted, out);
            double drained = (System.nanoTime() - spikeEnded) / 1e9;
            Duration reads = full ? READS.fullRun() : READS.shortRun();
            out.printf("reads: GET /api/agents at %d rps for %d s ...%n", READS.rate(), reads.toSeconds());
            MachineLoad.Snapshot beforeReads = MachineLoad.take();
            results.add(OpenLoop.run(
                    http,
                    "reads (GET /api/agents)",
                    READS.rate(),
                    reads,
                    200,
                    i -> api.request("/api/agents").GET().build()));
            machine.add(MachineLoad.take()
                    .since(
                            beforeReads,
                            system.applicationPid(),
                            ProcessHandle.current().pid()));
            print(out, results, posted, drained, lag != null);
            printMachine(out, results, machine);
            return 0;
        }
    }

    /** The benchmark measures the system, not the limiter: a single client at 100 rps would be throttled (429). */
    private static Map<String, String> unlimited(Map<String, String> env) {
        Map<String, String> child = new HashMap<>(env);
        child.putIfAbsent("ALQUIMISTA_RATELIMIT_IP_REQUESTS", "100000000");
        child.putIfAbsent("ALQUIMISTA_RATELIMIT_TENANT_REQUESTS", "100000000");
        return child;
    }

    private static HttpRequest postLead(DemoApi api, String run, int n) {
        String lead =
                "{\"empresa\":\"Empresa " + n + " Ltda\",\"contato\":\"Contato " + n + "\",\"email\":\"contato" + n
                        + "." + run + "@empresa" + n % 97 + ".com.br\",\"setor\":\"" + SETORES[n % SETORES.length]
                        + "\",\"porte\":\"ME\"}";
        return api.request("/api/leads")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(lead))
                .build();
    }

    /** Waits until every lead this run posted is in a campaign; the time it took, or null past the timeout. */
    private static Duration awaitCampaigns(Connection db, String run, long posted, PrintStream out)
            throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + DRAIN_TIMEOUT.toNanos();
        long placed = 0;
        while (System.nanoTime() < deadline) {
            placed = placed(db, run);
            if (placed >= posted) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(100);
        }
        out.printf("only %d of %d posted leads in a campaign after %d s%n", placed, posted, DRAIN_TIMEOUT.toSeconds());
        return null;
    }

    private static long placed(Connection db, String run) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT count(*) FROM nigredo_leads.campanha_leads cl"
                + " JOIN nigredo_leads.leads l ON l.id = cl.lead_id WHERE l.email LIKE ?")) {
            select.setString(1, "%." + run + "@%");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void print(
            PrintStream out, List<OpenLoop.Result> results, long posted, double drainedSeconds, boolean drained) {
        out.printf(
                "%n%-26s %5s %7s %9s %9s %9s %9s %7s  %s%n",
                "phase", "rps", "sent", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "slowest second");
        for (OpenLoop.Result result : results) {
            out.printf(
                    "%-26s %5d %7d %9.1f %9.1f %9.1f %9.1f %7d  s%d p95 %.1f ms%n",
                    result.name(),
                    result.rate(),
                    result.sent(),
                    result.percentileMillis(0.50),
                    result.percentileMillis(0.95),
                    result.percentileMillis(0.99),
                    result.percentileMillis(1.0),
                    result.errors(),
                    result.slowest().second(),
                    result.slowest().p95Millis());
            result.errorKinds().forEach((kind, count) -> out.printf("%28s %d× %s%n", "", count, kind));
        }
        OpenLoop.Result spike = results.get(POSTS.size() - 1);
        OpenLoop.Result reads = results.get(results.size() - 1);
        int errors = results.stream().mapToInt(OpenLoop.Result::errors).sum();
        out.printf(
                "%nleads posted and taken in: %d; every one in a campaign %s%n",
                posted,
                drained ? String.format("%.1f s after the spike ended", drainedSeconds) : "NOT within the timeout");
        out.printf(
                "targets: lead posts p95 at 100 rps < %.0f ms: %s (%.1f); reads p95 < %.0f ms: %s (%.1f);"
                        + " errors 0: %s (%d); backlog drained within %d s of the spike: %s%n",
                POST_P95_TARGET_MS,
                verdict(spike.percentileMillis(0.95) < POST_P95_TARGET_MS),
                spike.percentileMillis(0.95),
                READ_P95_TARGET_MS,
                verdict(reads.percentileMillis(0.95) < READ_P95_TARGET_MS),
                reads.percentileMillis(0.95),
                verdict(errors == 0),
                errors,
                DRAIN_TARGET.toSeconds(),
                verdict(drained && drainedSeconds <= DRAIN_TARGET.toSeconds()));
    }

    /** Where the machine's time went in each phase: waits for a CPU and on I/O, and the cores each part used. */
    private static void printMachine(PrintStream out, List<OpenLoop.Result> results, List<MachineLoad.Usage> machine) {
        out.printf("%n%-26s %9s %9s %9s  cores used by%n", "phase", "cpu wait", "io wait", "steal");
        for (int i = 0; i < results.size(); i++) {
            MachineLoad.Usage usage = machine.get(i);
            StringBuilder cores = new StringBuilder();
            usage.cores().forEach((part, used) -> cores.append(String.format("  %s %.2f", part, used)));
            out.printf(
                    "%-26s %9s %9s %9s %s%n",
                    results.get(i).name(), share(usage.cpuWait()), share(usage.ioWait()), share(usage.steal()), cores);
        }
    }

    private static String share(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format("%.0f%%", 100 * fraction);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
