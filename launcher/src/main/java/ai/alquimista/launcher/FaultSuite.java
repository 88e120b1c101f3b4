package ai.alquimista.launcher;

import ai.alquimista.fibonacci.queues.Queue;
import jakarta.json.JsonObject;
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
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code ./alquimista faults [--quick]}: breaks the running system the ways production will, one at a time, and
 * counts afterwards: every lead of an import exactly once, nothing left in any dead-letter queue, a poison message
 * dead-lettered after exactly 3 receives with its reason. Prints one row per fault.
 */
final class FaultSuite {

    private static final int ROWS = 10_000;
    private static final Duration SETTLE = Duration.ofMinutes(5);

    private record Row(
            String fault, long expected, long counted, long duplicated, long dead, double seconds, String note) {
        boolean passed() {
            return counted == expected && duplicated == 0 && dead == 0;
        }
    }

    private final LaunchSettings settings;
    private final Map<String, String> env;
    private final PrintStream out;
    private final boolean quick;
    private RunningSystem system;
    private Connection db;
    private SqsClient sqs;
    private DemoApi api;

    private FaultSuite(LaunchSettings settings, Map<String, String> env, PrintStream out, boolean quick) {
        this.settings = settings;
        this.env = env;
        this.out = out;
        this.quick = quick;
    }

    static int run(LaunchSettings settings, Map<String, String> env, String[] args, PrintStream out) throws Exception {
        return new FaultSuite(settings, env, out, Arrays.asList(args).contains("--quick")).run();
    }

    private int run() throws Exception {
        out.println("starting the system (Payara log: " + settings.payaraLog() + ") ...");
        system = RunningSystem.start(settings, env, true);
        try (Connection connection = DriverManager.getConnection(
                        system.databaseUrl(), Benchmark.user(env), Benchmark.password(env));
                SqsClient client = SqsClients.forEndpoint(
                        system.sqsEndpoint(),
                        settings.region(),
                        settings.sqsEndpoint().isEmpty())) {
            db = connection;
            sqs = client;
            api = signIn(settings);
            api.activate("nigredo-recebimento", "nigredo-estrategia");
            List<Row> rows = new ArrayList<>();
            rows.add(systemStoppedDuringAnImport());
            rows.add(applicationKilledDuringAnImport());
            rows.add(databaseDownDuringAnImport(quick ? Duration.ofSeconds(20) : Duration.ofSeconds(60)));
            rows.add(queuesDownDuringAnImport(quick ? Duration.ofSeconds(20) : Duration.ofSeconds(60)));
            rows.add(secondInstanceFinishesWhenTheFirstIsKilled());
            rows.add(poisonMessage());
            print(rows);
            return rows.stream().allMatch(Row::passed) ? 0 : 1;
        } finally {
            system.close();
        }
    }

    /** The restart case: everything stops (the embedded SQS too) a second after the 202, then starts again. */
    private Row systemStoppedDuringAnImport() throws Exception {
        out.printf("fault: the whole system stopped 1 s after a %,d-row import was accepted, then started ...%n", ROWS);
        String run = newRun();
        long started = System.nanoTime();
        postImport(api, run);
        Thread.sleep(1_000);
        db.close();
        system.close();
        system = RunningSystem.start(settings, env, true);
        db = DriverManager.getConnection(system.databaseUrl(), Benchmark.user(env), Benchmark.password(env));
        api = signIn(settings);
        return settle("whole system stopped during an import, started", run, started);
    }

    private Row queuesDownDuringAnImport(Duration outage) throws Exception {
        out.printf("fault: the SQS endpoint down for %d s, 1 s into a %,d-row import ...%n", outage.toSeconds(), ROWS);
        String run = newRun();
        long started = System.nanoTime();
        postImport(api, run);
        Thread.sleep(1_000);
        system.stopQueues();
        Thread.sleep(outage.toMillis());
        system.restartQueues();
        return settle("SQS down " + outage.toSeconds() + " s during an import", run, started);
    }

    private Row applicationKilledDuringAnImport() throws Exception {
        out.printf("fault: the application killed (SIGKILL) 1 s after a %,d-row import was accepted ...%n", ROWS);
        String run = newRun();
        long started = System.nanoTime();
        postImport(api, run);
        Thread.sleep(1_000);
        system.killApplication();
        system.restartApplication();
        api = signIn(settings);
        return settle("application killed during an import, restarted", run, started);
    }

    private Row databaseDownDuringAnImport(Duration outage) throws Exception {
        out.printf("fault: PostgreSQL stopped for %d s, 1 s into a %,d-row import ...%n", outage.toSeconds(), ROWS);
        String run = newRun();
        long started = System.nanoTime();
        postImport(api, run);
        Thread.sleep(1_000);
        db.close();
        system.stopDatabase();
        Thread.sleep(outage.toMillis());
        system.restartDatabase();
        db = DriverManager.getConnection(system.databaseUrl(), Benchmark.user(env), Benchmark.password(env));
        return settle("PostgreSQL down " + outage.toSeconds() + " s during an import", run, started);
    }

    private Row secondInstanceFinishesWhenTheFirstIsKilled() throws Exception {
        Map<String, String> second = new HashMap<>(env);
        second.put("ALQUIMISTA_HTTP_PORT", String.valueOf(settings.httpPort() + 1));
        LaunchSettings secondSettings = LaunchSettings.fromEnvironment(second);
        out.printf(
                "fault: a second instance on port %d; the first killed 1 s after a %,d-row import ...%n",
                secondSettings.httpPort(), ROWS);
        try (RunningSystem other = RunningSystem.join(secondSettings, second, true)) {
            String run = newRun();
            long started = System.nanoTime();
            postImport(api, run);
            Thread.sleep(1_000);
            system.killApplication();
            Row row = settle("first of two instances killed during an import", run, started);
            system.restartApplication();
            api = signIn(settings);
            return row;
        }
    }

    private Row poisonMessage() throws Exception {
        out.println("fault: a poison message on the recebimento queue ...");
        String body = "poison " + UUID.randomUUID();
        String queue = url(Queue.RECEBIMENTO.physicalName(settings.environment()));
        String deadLetters = url(Queue.RECEBIMENTO.physicalName(settings.environment()) + "-dlq");
        long started = System.nanoTime();
        sqs.sendMessage(request -> request.queueUrl(queue).messageBody(body));
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            for (Message message : sqs.receiveMessage(request -> request.queueUrl(deadLetters)
                            .maxNumberOfMessages(10)
                            .visibilityTimeout(0)
                            .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                            .messageAttributeNames("All"))
                    .messages()) {
                if (message.body().equals(body)) {
                    // the adapter's dead letter is a copy: the receives of the original are in receive_count
                    long receives = Long.parseLong(
                            message.messageAttributes().containsKey("receive_count")
                                    ? message.messageAttributes()
                                            .get("receive_count")
                                            .stringValue()
                                    : message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
                    String reason = message.messageAttributes().containsKey("failure_reason")
                            ? message.messageAttributes().get("failure_reason").stringValue()
                            : null;
                    sqs.deleteMessage(request -> request.queueUrl(deadLetters).receiptHandle(message.receiptHandle()));
                    // the row counts receives: 3 expected; "dead" here is what else sits in a dead-letter queue
                    return new Row(
                            "poison message dead-lettered",
                            3,
                            receives,
                            0,
                            reason == null ? 1 : deadLetters(),
                            seconds(started),
                            reason == null ? "no failure_reason on the dead letter" : "reason: " + reason);
                }
            }
            Thread.sleep(500);
        }
        return new Row("poison message dead-lettered", 3, 0, 0, deadLetters(), seconds(started), "never dead-lettered");
    }

    /** Waits until the run's leads stop changing, then counts them and every dead-letter queue. */
    private Row settle(String fault, String run, long started) throws Exception {
        long expected = ImportBenchmark.distinctLeads(ROWS);
        long deadline = System.nanoTime() + SETTLE.toNanos();
        long[] counts = counts(run);
        while (System.nanoTime() < deadline && (counts[0] < expected || counts[2] < counts[1])) {
            Thread.sleep(500);
            counts = counts(run);
        }
        double seconds = seconds(started);
        String note = counts[2] < counts[1]
                ? (counts[1] - counts[2]) + " leads in no campaign"
                : "every lead in a campaign " + String.format("%.0f s", seconds) + " after the import was posted";
        return new Row(fault, expected, counts[1], counts[0] - counts[1], deadLetters(), seconds, note);
    }

    /** Leads stored, distinct leads, and leads in a campaign, of one run. */
    private long[] counts(String run) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT count(*), count(DISTINCT l.email),"
                + " count(DISTINCT cl.lead_id) FROM nigredo_leads.leads l"
                + " LEFT JOIN nigredo_leads.campanha_leads cl ON cl.lead_id = l.id WHERE l.email LIKE ?")) {
            select.setString(1, "%." + run + "@%");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
            }
        }
    }

    private long deadLetters() {
        long total = 0;
        for (String queue : sqs.listQueues(request -> request.queueNamePrefix("alquimista-" + settings.environment()))
                .queueUrls()) {
            if (queue.endsWith("-dlq")) {
                Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queue)
                                .attributeNames(
                                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                        .attributes();
                total += Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                        + Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
            }
        }
        return total;
    }

    private String url(String queueName) {
        return sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
    }

    private static JsonObject postImport(DemoApi api, String run) throws Exception {
        return api.send(
                api.request("/api/leads/import?filename=faults.csv")
                        .header("Content-Type", "text/csv; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(ImportBenchmark.csv(ROWS, run))),
                202);
    }

    private static DemoApi signIn(LaunchSettings settings) throws Exception {
        return DemoApi.signIn(
                HttpClient.newHttpClient(), settings.baseUrl(), settings.home().resolve("demo-credentials.properties"));
    }

    private static String newRun() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private void print(List<Row> rows) {
        out.printf(
                "%n%-52s %9s %9s %9s %6s %8s  %s%n",
                "fault", "expected", "counted", "twice", "DLQ", "seconds", "result");
        for (Row row : rows) {
            out.printf(
                    "%-52s %9d %9d %9d %6d %8.0f  %s — %s%n",
                    row.fault(),
                    row.expected(),
                    row.counted(),
                    row.duplicated(),
                    row.dead(),
                    row.seconds(),
                    row.passed() ? "passed" : "FAILED",
                    row.note());
        }
        long lost = rows.stream()
                .filter(row -> !row.fault().startsWith("poison"))
                .mapToLong(row -> Math.max(0, row.expected() - row.counted()))
                .sum();
        long twice = rows.stream().mapToLong(Row::duplicated).sum();
        out.printf("%nlost: %d, counted twice: %d, dead letters left: %d%n", lost, twice, deadLetters());
    }
}
