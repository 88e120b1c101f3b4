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
import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code ./alquimista faults [--quick] [--dispatch]}: breaks the running system the ways production will, one at a
 * time, and counts afterwards: every lead of an import exactly once, nothing left in any dead-letter queue, a poison
 * message dead-lettered after exactly 3 receives with its reason, and every send of a dispatch through local WhatsApp
 * and SMTP servers taken at most once, within the tenants' pace and limits. Prints one row per fault. {@code --quick}
 * runs one fault of each kind with shorter outages; {@code --dispatch} only the dispatch faults.
 */
final class FaultSuite {

    private static final int ROWS = 10_000;
    private static final Duration SETTLE = Duration.ofMinutes(5);

    /** Due sends per dispatch: {@value #DISPATCH_TENANTS} tenants with 10 first touches each. */
    private static final int DISPATCH_TENANTS = 100;

    private static final int SENDS_PER_TENANT = 10;

    /**
     * The dispatch a failing provider meets: {@value #FAILING_TENANTS} tenants with {@value #FAILING_SENDS_PER_TENANT}
     * sends each, enough that every Cloud API tenant's own account fails more often than its circuit allows.
     */
    private static final int FAILING_TENANTS = 40;

    private static final int FAILING_SENDS_PER_TENANT = 8;

    /** How long both providers refuse: two of the circuits' 30 s open periods. */
    private static final Duration PROVIDER_OUTAGE = Duration.ofSeconds(60);

    /** A send the provider refused (WhatsApp 131016, SMTP 421) is due again this much later: the dispatch waits it. */
    private static final Duration REFUSED_SEND_WAIT = Duration.ofMinutes(5);

    /**
     * One fault's outcome: {@code expected} and {@code counted} are leads for an import, sends for a dispatch (sends
     * settled: enviado, incerto or falhou), receives for the poison message; {@code duplicated} is leads stored twice or
     * messages a provider took twice.
     */
    private record Row(
            String fault,
            long expected,
            long counted,
            long duplicated,
            long dead,
            double seconds,
            boolean passed,
            String note) {

        /** This row, passed only if {@code condition} holds as well. */
        Row requiring(boolean condition) {
            return new Row(fault, expected, counted, duplicated, dead, seconds, passed && condition, note);
        }
    }

    private final LaunchSettings settings;
    private final Map<String, String> env;
    private final PrintStream out;
    private final boolean quick;
    private final boolean dispatchOnly;
    private final LocalProviders providers;
    private RunningSystem system;
    private Connection db;
    private SqsClient sqs;
    private DemoApi api;

    private FaultSuite(
            LaunchSettings settings,
            Map<String, String> env,
            PrintStream out,
            boolean quick,
            boolean dispatchOnly,
            LocalProviders providers) {
        this.settings = settings;
        this.env = env;
        this.out = out;
        this.quick = quick;
        this.dispatchOnly = dispatchOnly;
        this.providers = providers;
    }

    static int run(LaunchSettings settings, Map<String, String> env, String[] args, PrintStream out) throws Exception {
        try (LocalProviders providers = LocalProviders.start()) {
            Map<String, String> suite = new HashMap<>(env);
            suite.putAll(providers.environment());
            List<String> options = Arrays.asList(args);
            return new FaultSuite(
                            settings,
                            suite,
                            out,
                            options.contains("--quick"),
                            options.contains("--dispatch"),
                            providers)
                    .run();
        }
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
            // --quick keeps one fault per kind: a kill during an import, the outages (shorter), the poison message
            // and the kill during a dispatch
            if (!dispatchOnly) {
                if (!quick) {
                    rows.add(systemStoppedDuringAnImport());
                }
                rows.add(applicationKilledDuringAnImport());
                rows.add(databaseDownDuringAnImport(quick ? Duration.ofSeconds(20) : Duration.ofSeconds(60)));
                rows.add(queuesDownDuringAnImport(quick ? Duration.ofSeconds(20) : Duration.ofSeconds(60)));
                if (!quick) {
                    rows.add(secondInstanceFinishesWhenTheFirstIsKilled());
                }
                rows.add(poisonMessage());
            }
            rows.add(applicationKilledDuringADispatch());
            // not in --quick: a refused send is due again only after 5 minutes, so this fault takes about 7
            if (!quick) {
                rows.add(providersFailingDuringADispatch());
                rows.add(twoInstancesSplitADispatch());
            }
            print(rows);
            return rows.stream().allMatch(Row::passed) ? 0 : 1;
        } finally {
            system.close();
        }
    }

    /** Something done to the running system: the fault itself, and whatever brings the system back. */
    private interface Fault {
        void strike() throws Exception;
    }

    /**
     * The shape of every import fault: a {@value #ROWS}-row import accepted (202), the fault 1 s later, then the run's
     * leads counted once they stop changing.
     */
    private Row duringAnImport(String announcement, String fault, Fault strike) throws Exception {
        out.printf("fault: %s, 1 s into a %,d-row import ...%n", announcement, ROWS);
        String run = newRun();
        long started = System.nanoTime();
        postImport(api, run);
        Thread.sleep(1_000);
        strike.strike();
        return settle(fault, run, started);
    }

    /** The restart case: everything stops (the embedded SQS too) a second after the 202, then starts again. */
    private Row systemStoppedDuringAnImport() throws Exception {
        return duringAnImport(
                "the whole system stopped, then started", "whole system stopped during an import, started", () -> {
                    db.close();
                    system.close();
                    system = RunningSystem.start(settings, env, true);
                    db = DriverManager.getConnection(
                            system.databaseUrl(), Benchmark.user(env), Benchmark.password(env));
                    api = signIn(settings);
                });
    }

    private Row queuesDownDuringAnImport(Duration outage) throws Exception {
        return duringAnImport(
                "the SQS endpoint down for " + outage.toSeconds() + " s",
                "SQS down " + outage.toSeconds() + " s during an import",
                () -> {
                    system.stopQueues();
                    Thread.sleep(outage.toMillis());
                    system.restartQueues();
                });
    }

    private Row applicationKilledDuringAnImport() throws Exception {
        return duringAnImport(
                "the application killed (SIGKILL), then restarted",
                "application killed during an import, restarted",
                () -> {
                    system.killApplication();
                    system.restartApplication();
                    api = signIn(settings);
                });
    }

    private Row databaseDownDuringAnImport(Duration outage) throws Exception {
        return duringAnImport(
                "PostgreSQL stopped for " + outage.toSeconds() + " s",
                "PostgreSQL down " + outage.toSeconds() + " s during an import",
                () -> {
                    db.close();
                    system.stopDatabase();
                    Thread.sleep(outage.toMillis());
                    system.restartDatabase();
                    db = DriverManager.getConnection(
                            system.databaseUrl(), Benchmark.user(env), Benchmark.password(env));
                });
    }

    private Row secondInstanceFinishesWhenTheFirstIsKilled() throws Exception {
        try (RunningSystem other = joinSecondInstance()) {
            Row row = duringAnImport(
                    "a second instance on port " + other.settings().httpPort() + "; the first killed",
                    "first of two instances killed during an import",
                    system::killApplication);
            system.restartApplication();
            api = signIn(settings);
            return row;
        }
    }

    /** A second application instance ({@code ./alquimista join}'s code path) on the next HTTP port. */
    private RunningSystem joinSecondInstance() throws Exception {
        Map<String, String> second = new HashMap<>(env);
        second.put("ALQUIMISTA_HTTP_PORT", String.valueOf(settings.httpPort() + 1));
        second.putAll(providers.secondInstance());
        out.printf("starting a second instance on port %d ...%n", settings.httpPort() + 1);
        return RunningSystem.join(LaunchSettings.fromEnvironment(second), second, true);
    }

    /**
     * Issue 12's kill during a dispatch: {@value #DISPATCH_TENANTS} tenants' 1,000 due sends go out through the local
     * providers; after about 200 provider calls the application gets SIGKILL, is started again, and the sends are
     * counted once every one is final. What was in flight at the kill (marked {@code enviando}) becomes {@code incerto},
     * never sent again blindly (an e-mail goes once more with its Message-ID).
     */
    private Row applicationKilledDuringADispatch() throws Exception {
        DispatchRun dispatch =
                DispatchRun.schedule(db, newRun(), DISPATCH_TENANTS, SENDS_PER_TENANT, 1_000, providers.clockOffset());
        out.printf(
                "fault: the application killed (SIGKILL) after 200 provider calls of a dispatch of %,d sends ...%n",
                dispatch.due());
        long started = System.nanoTime();
        awaitCalls(dispatch, 200);
        system.killApplication();
        long inFlight = dispatch.statuses(db).getOrDefault("enviando", 0L);
        long callsAtKill = dispatch.ours(providers.calls()).size();
        system.restartApplication();
        api = signIn(settings);
        return dispatchRow(
                "application killed during a dispatch, restarted",
                dispatch,
                started,
                String.format("killed after %d calls with %d in flight (enviando); ", callsAtKill, inFlight));
    }

    /**
     * Two instances on one database and one SQS dispatch the same tenants' sends: each tenant has 11 due and a limit of
     * 10 an hour and 10 a day, so 1,000 go and 100 wait; about halfway the second instance gets SIGKILL and the first
     * finishes.
     */
    private Row twoInstancesSplitADispatch() throws Exception {
        try (RunningSystem other = joinSecondInstance()) {
            DispatchRun dispatch = DispatchRun.schedule(
                    db, newRun(), DISPATCH_TENANTS, SENDS_PER_TENANT + 1, SENDS_PER_TENANT, providers.clockOffset());
            out.printf(
                    "fault: two instances dispatch %,d sends (limit %d an hour and a day per tenant); the second"
                            + " killed after 500 provider calls ...%n",
                    dispatch.due(), SENDS_PER_TENANT);
            long started = System.nanoTime();
            awaitCalls(dispatch, 500);
            List<ProviderCall> before = dispatch.ours(providers.calls());
            long bySecond = before.stream()
                    .filter(call -> call.instance().contains("instancia-2"))
                    .count();
            other.killApplication();
            return dispatchRow(
                    "two instances split a dispatch, one killed",
                    dispatch,
                    started,
                    String.format(
                            "second instance made %d of the first %d calls, then killed; ", bySecond, before.size()));
        }
    }

    /**
     * Issue 12's failing provider: both local providers refuse for 60 s (WhatsApp 503
     * with Meta's 131016, SMTP 421 at the greeting) from the moment a dispatch of a few hundred sends is scheduled. Each
     * provider account's circuit (each Cloud API tenant's own number; the one SMTP server) must open after {@value
     * LocalProviders#CIRCUIT_FAILURES} refusals, let one trial through per open period, show open on {@code
     * /admin/circuits} during the outage and closed after it; then every send goes exactly once.
     */
    private Row providersFailingDuringADispatch() throws Exception {
        DemoApi operator = DemoApi.signInAsOperator(
                HttpClient.newHttpClient(), settings.baseUrl(), settings.home().resolve("demo-credentials.properties"));
        int refusedBefore = providers.refusals().size();
        out.printf(
                "fault: both providers refuse for %d s as a dispatch of %,d sends begins ...%n",
                PROVIDER_OUTAGE.toSeconds(), FAILING_TENANTS * FAILING_SENDS_PER_TENANT);
        providers.failFor(PROVIDER_OUTAGE);
        long outageEnds = System.nanoTime() + PROVIDER_OUTAGE.toNanos();
        long started = System.nanoTime();
        DispatchRun dispatch = DispatchRun.schedule(
                db,
                newRun(),
                FAILING_TENANTS,
                FAILING_SENDS_PER_TENANT,
                FAILING_SENDS_PER_TENANT,
                providers.clockOffset());
        Set<String> circuits = new HashSet<>();
        dispatch.whatsAppAccounts().forEach(account -> circuits.add("whatsapp:" + account));
        circuits.add(providers.smtpCircuit());
        Set<String> seenOpen = new HashSet<>();
        while (System.nanoTime() < outageEnds) {
            seenOpen.addAll(notClosed(operator, circuits));
            Thread.sleep(1_000);
        }
        Map<String, Long> refused = providers
                .refusals()
                .subList(refusedBefore, providers.refusals().size())
                .stream()
                .map(ProviderLog.Refusal::circuit)
                .filter(circuits::contains)
                .collect(Collectors.groupingBy(circuit -> circuit, Collectors.counting()));
        // the first trial after the outage closes each circuit
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Set<String> stillOpen = notClosed(operator, circuits);
        while (!stillOpen.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            stillOpen = notClosed(operator, circuits);
        }
        double closedAfter = seconds(outageEnds);
        long cap = LocalProviders.CIRCUIT_FAILURES
                + (PROVIDER_OUTAGE.toSeconds() + LocalProviders.CIRCUIT_OPEN.toSeconds() - 1)
                        / LocalProviders.CIRCUIT_OPEN.toSeconds();
        Set<String> mustHaveOpened = refused.entrySet().stream()
                .filter(entry -> entry.getValue() >= LocalProviders.CIRCUIT_FAILURES)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        LongSummaryStatistics whatsApp = refused.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("whatsapp:"))
                .mapToLong(Map.Entry::getValue)
                .summaryStatistics();
        long overCap = refused.values().stream().filter(n -> n > cap).count();
        boolean circuitsHeld = overCap == 0
                && !mustHaveOpened.isEmpty()
                && seenOpen.containsAll(mustHaveOpened)
                && stillOpen.isEmpty();
        Row row = dispatchRow(
                "providers failing during a dispatch, circuits open",
                dispatch,
                started,
                String.format(
                        "calls refused while failing %d through %d circuits (WhatsApp %d-%d per number, SMTP %d;"
                                + " at most %d allowed: %d failures, then one trial per %d s open), circuits over it %d;"
                                + " /admin/circuits showed %d of the %d that failed %d times open during the outage,"
                                + " %s %.0f s after it; ",
                        refused.values().stream().mapToLong(Long::longValue).sum(),
                        refused.size(),
                        whatsApp.getCount() == 0 ? 0 : whatsApp.getMin(),
                        whatsApp.getMax(),
                        refused.getOrDefault(providers.smtpCircuit(), 0L),
                        cap,
                        LocalProviders.CIRCUIT_FAILURES,
                        LocalProviders.CIRCUIT_OPEN.toSeconds(),
                        overCap,
                        mustHaveOpened.stream().filter(seenOpen::contains).count(),
                        mustHaveOpened.size(),
                        LocalProviders.CIRCUIT_FAILURES,
                        stillOpen.isEmpty() ? "all closed" : stillOpen.size() + " still not closed",
                        closedAfter),
                SETTLE.plus(REFUSED_SEND_WAIT));
        return row.requiring(circuitsHeld);
    }

    /** Which of {@code circuits} {@code GET /admin/circuits} shows open or half-open on the (first) instance. */
    private static Set<String> notClosed(DemoApi operator, Set<String> circuits) throws Exception {
        Set<String> open = new HashSet<>();
        for (JsonObject circuit : operator.list("/admin/circuits").getValuesAs(JsonObject.class)) {
            String key = circuit.getString("key");
            if (circuits.contains(key) && !"closed".equals(circuit.getString("state"))) {
                open.add(key);
            }
        }
        return open;
    }

    private void awaitCalls(DispatchRun dispatch, int calls) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (dispatch.ours(providers.calls()).size() < calls) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the dispatch made fewer than " + calls + " provider calls in "
                        + SETTLE.toMinutes() + " minutes: " + dispatch.statuses(db));
            }
            Thread.sleep(20);
        }
    }

    /** Waits until no send is in flight and only the held ones wait (at most 5 minutes), then counts. */
    private Row dispatchRow(String fault, DispatchRun dispatch, long started, String note) throws Exception {
        return dispatchRow(fault, dispatch, started, note, SETTLE);
    }

    /** Waits until no send is in flight and only the held ones wait (at most {@code settle}), then counts. */
    private Row dispatchRow(String fault, DispatchRun dispatch, long started, String note, Duration settle)
            throws Exception {
        long deadline = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < deadline && !dispatch.settled(db)) {
            Thread.sleep(500);
        }
        Thread.sleep(3_000); // a send beyond a limit would show now
        double seconds = seconds(started);
        DispatchRun.Tally tally = dispatch.tally(db, providers.calls());
        long dead = deadLetters();
        long settled = tally.enviado() + tally.incerto() + tally.falhou();
        boolean passed = settled == dispatch.toSend()
                && tally.duplicates() == 0
                && tally.lost() == 0
                && tally.phantom() == 0
                && tally.paceViolations() == 0
                && tally.limitViolations() == 0
                && tally.waiting() == dispatch.held()
                && dead == 0;
        return new Row(
                fault,
                dispatch.toSend(),
                settled,
                tally.duplicates(),
                dead,
                seconds,
                passed,
                note
                        + String.format(
                                "provider calls %d (second instance %d), enviado %d, incerto %d, falhou %d, lost %d,"
                                        + " held by the limits %d of %d, e-mails repeated with their Message-ID %d,"
                                        + " sent without a provider call %d, pace violations %d (least gap %.1f s),"
                                        + " limit violations %d",
                                tally.calls(),
                                tally.bySecondInstance(),
                                tally.enviado(),
                                tally.incerto(),
                                tally.falhou(),
                                tally.lost(),
                                tally.waiting(),
                                dispatch.held(),
                                tally.sameMessageId(),
                                tally.phantom(),
                                tally.paceViolations(),
                                tally.minimumGap().toMillis() / 1000.0,
                                tally.limitViolations()));
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
                    long dead = reason == null ? 1 : deadLetters();
                    return new Row(
                            "poison message dead-lettered",
                            3,
                            receives,
                            0,
                            dead,
                            seconds(started),
                            receives == 3 && dead == 0,
                            reason == null ? "no failure_reason on the dead letter" : "reason: " + reason);
                }
            }
            Thread.sleep(500);
        }
        return new Row(
                "poison message dead-lettered", 3, 0, 0, deadLetters(), seconds(started), false, "never dead-lettered");
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
        long dead = deadLetters();
        return new Row(
                fault,
                expected,
                counts[1],
                counts[0] - counts[1],
                dead,
                seconds,
                counts[1] == expected && counts[0] == counts[1] && dead == 0,
                note);
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
                .filter(row -> row.fault().contains("import"))
                .mapToLong(row -> Math.max(0, row.expected() - row.counted()))
                .sum();
        long twice = rows.stream().mapToLong(Row::duplicated).sum();
        out.printf("%nlost: %d, counted twice: %d, dead letters left: %d%n", lost, twice, deadLetters());
    }
}
