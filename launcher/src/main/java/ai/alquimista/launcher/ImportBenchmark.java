package ai.alquimista.launcher;

import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./alquimista bench import [rows]}: starts the system, signs in as the demo tenant's admin, activates
 * Recebimento and Estratégia, uploads a generated CSV of {@code rows} leads (10,000 by default; a few duplicates
 * and malformed rows among them, as real files have) and waits until every lead is received, segmented and placed
 * in a draft campaign. Prints leads per second through the whole path; the target is all done within 30 s.
 */
final class ImportBenchmark {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final String[] SETORES = {"Alimentação", "Comércio varejista", "Construção", "Saúde", "Tecnologia"};
    private static final String[] PORTES = {"ME", "EPP", "Médio", "Grande"};

    private ImportBenchmark() {}

    static int run(LaunchSettings settings, Map<String, String> env, String[] args, PrintStream out) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        out.println("starting the system (Payara log: " + settings.payaraLog() + ") ...");
        Map<String, String> child = new HashMap<>(env);
        // the target: an import of any size within a 512 MB heap (an OutOfMemoryError would fail the run)
        child.putIfAbsent("ALQUIMISTA_HEAP", "512m");
        try (RunningSystem system = RunningSystem.start(settings, child, true);
                Connection db = DriverManager.getConnection(
                        system.databaseUrl(), Benchmark.user(env), Benchmark.password(env))) {
            DemoApi api = DemoApi.signIn(
                    HttpClient.newHttpClient(),
                    settings.baseUrl(),
                    settings.home().resolve("demo-credentials.properties"));
            api.activate("nigredo-recebimento", "nigredo-estrategia");
            byte[] csv = csv(rows, UUID.randomUUID().toString().substring(0, 8));
            out.printf("importing %d rows (%d KB of CSV) ...%n", rows, csv.length / 1024);
            Path gc = settings.payaraRuntime().resolve(GcLog.FILE_NAME);
            int gcBefore = GcLog.lines(gc);
            long started = System.nanoTime();
            JsonObject accepted = api.send(
                    api.request("/api/leads/import?filename=bench.csv")
                            .header("Content-Type", "text/csv; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(csv)),
                    202);
            double uploaded = seconds(started);
            UUID importId = UUID.fromString(accepted.getString("import_id"));
            JsonObject report = awaitReceived(api, importId);
            double received = seconds(started);
            long placed = awaitCampaigns(db, importId);
            double planned = seconds(started);
            out.printf(
                    "%nrows:                          %d (accepted %d, duplicates %d, rejected %d)%n",
                    rows, report.getInt("accepted"), report.getInt("duplicates"), report.getInt("rejected"));
            out.printf("upload answered 202 after:     %6.1f s%n", uploaded);
            out.printf("received and segmented after:  %6.1f s%n", received);
            out.printf(
                    "in draft campaigns after:      %6.1f s  (%d leads in %d campaigns)%n",
                    planned, placed, campaigns(db, importId));
            out.printf("throughput:                    %6.1f leads/s%n", rows / planned);
            GcLog heap = GcLog.read(gc, gcBefore);
            out.printf(
                    "heap (-Xmx %s):               %d MB at most in use, %d MB at most still live after a collection"
                            + " (%d collections during the import)%n",
                    child.get("ALQUIMISTA_HEAP"), heap.peakBeforeMb(), heap.peakAfterMb(), heap.collections());
            out.println("targets: 10,000 rows within 30 s; 100,000 within 60 s with the heap under 512 MB");
        }
        return 0;
    }

    /**
     * Leads with a phone or e-mail, five segments; every 100th row repeats an earlier one, every 250th is malformed.
     * Every e-mail carries {@code run}, so a run's leads can be counted.
     */
    static byte[] csv(int rows, String run) {
        StringBuilder csv = new StringBuilder("empresa,cnpj,contato,telefone,email,setor,porte\n");
        for (int i = 1; i <= rows; i++) {
            int n = i % 100 == 0 ? i - 1 : i;
            if (i % 250 == 0) {
                csv.append("Empresa ").append(i).append(",,Contato,,nao-e-email,,\n");
                continue;
            }
            // mobiles start 96–99; 9 0000-0000 is no one's number and would be rightly rejected
            csv.append("Empresa ")
                    .append(n)
                    .append(" Ltda,,Contato ")
                    .append(n)
                    .append(",(11) 9")
                    .append(String.format("%d%03d-%04d", 6 + n % 4, n / 10_000 % 1000, n % 10_000))
                    .append(",contato")
                    .append(n)
                    .append('.')
                    .append(run)
                    .append("@empresa")
                    .append(n % 97)
                    .append(".com.br,")
                    .append(SETORES[n % SETORES.length])
                    .append(',')
                    .append(PORTES[n % PORTES.length])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject awaitReceived(DemoApi api, UUID importId) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject report = api.send(api.request("/api/imports/" + importId).GET(), 200);
            if (report.getString("status").equals("concluido")) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("import " + importId + " not received within " + TIMEOUT);
    }

    /** How many distinct leads {@link #csv} makes of {@code rows} rows. */
    static long distinctLeads(int rows) {
        return java.util.stream.IntStream.rangeClosed(1, rows)
                .filter(i -> i % 250 != 0)
                .map(i -> i % 100 == 0 ? i - 1 : i)
                .distinct()
                .count();
    }

    /** Waits until every accepted lead of the import is in one of its campaigns. */
    private static long awaitCampaigns(Connection db, UUID importId) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long accepted = count(db, "SELECT count(*) FROM nigredo_leads.leads WHERE import_id = ?", importId);
        while (System.nanoTime() < deadline) {
            long placed = count(
                    db,
                    "SELECT count(*) FROM nigredo_leads.campanha_leads cl JOIN nigredo_leads.leads l"
                            + " ON l.id = cl.lead_id WHERE l.import_id = ?",
                    importId);
            if (placed >= accepted) {
                return placed;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the campaigns of import " + importId + " not planned within " + TIMEOUT);
    }

    private static long campaigns(Connection db, UUID importId) throws SQLException {
        return count(db, "SELECT count(*) FROM nigredo_leads.campanha_importacoes WHERE import_id = ?", importId);
    }

    private static long count(Connection db, String sql, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
