package ai.alquimista.launcher;

import ai.alquimista.fibonacci.queues.Queue;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * {@code ./alquimista bench [messages]}: starts the system, then on the same SQS endpoint measures
 * (1) the raw rate of sending and receiving+deleting messages with the SDK, and (2) the end-to-end
 * rate of messages sent to the recebimento queue until each is a row in the database.
 */
final class Benchmark {

    private static final int THREADS = 8;
    private static final int BATCH = 10;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private Benchmark() {}

    static int run(LaunchSettings settings, Map<String, String> env, String[] args, PrintStream out) throws Exception {
        if (args.length > 0 && args[0].equals("disparo")) {
            return DisparoBenchmark.run(settings, env, java.util.Arrays.copyOfRange(args, 1, args.length), out);
        }
        if (args.length > 0 && args[0].equals("sentimento")) {
            return SentimentoBenchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length), out);
        }
        if (args.length > 0 && args[0].equals("load")) {
            return LoadBenchmark.run(settings, env, java.util.Arrays.copyOfRange(args, 1, args.length), out);
        }
        if (args.length > 0 && args[0].equals("sqs")) {
            return SqsStoreBenchmark.run(java.util.Arrays.copyOfRange(args, 1, args.length), out);
        }
        if (args.length > 0 && args[0].equals("import")) {
            return ImportBenchmark.run(settings, env, java.util.Arrays.copyOfRange(args, 1, args.length), out);
        }
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        out.println("starting the system (Payara log: " + settings.payaraLog() + ") ...");
        try (RunningSystem system = RunningSystem.start(settings, env, true);
                SqsClient sqs = SqsClients.forEndpoint(
                        system.sqsEndpoint(),
                        settings.region(),
                        settings.sqsEndpoint().isEmpty());
                Connection db = DriverManager.getConnection(system.databaseUrl(), user(env), password(env))) {
            String agentQueue = sqs.getQueueUrl(
                            r -> r.queueName(Queue.RECEBIMENTO.physicalName(settings.environment())))
                    .queueUrl();
            out.println("warming up with " + Math.min(2000, messages) + " messages ...");
            endToEnd(sqs, db, agentQueue, Math.min(2000, messages));

            double raw = raw(sqs, messages);
            double endToEnd = endToEnd(sqs, db, agentQueue, messages);
            out.printf("%nmessages:                                  %d%n", messages);
            out.printf("raw SQS send + receive/delete:             %8.1f messages/s%n", raw);
            out.printf("end to end (send -> MDB -> database row):  %8.1f messages/s%n", endToEnd);
            out.printf("ratio end-to-end / raw:                    %8.2f  (target >= 0.70)%n", endToEnd / raw);
        }
        return 0;
    }

    /** Sends and, at the same time, receives and deletes one by one, as the adapter acknowledges. */
    static double raw(SqsClient sqs, int messages) throws Exception {
        String url = sqs.createQueue(r -> r.queueName("alquimista-bench-raw-" + UUID.randomUUID()))
                .queueUrl();
        try {
            AtomicInteger received = new AtomicInteger();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS * 2);
            List<Future<?>> work = new ArrayList<>(sendAll(pool, sqs, url, messages, i -> "{\"n\":" + i + "}"));
            for (int t = 0; t < THREADS; t++) {
                work.add(pool.submit(() -> {
                    while (received.get() < messages) {
                        for (Message message : sqs.receiveMessage(r -> r.queueUrl(url)
                                        .maxNumberOfMessages(BATCH)
                                        .waitTimeSeconds(1))
                                .messages()) {
                            sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));
                            received.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            pool.shutdown();
            return messages / seconds(start);
        } finally {
            sqs.deleteQueue(r -> r.queueUrl(url));
        }
    }

    private static double endToEnd(SqsClient sqs, Connection db, String queueUrl, int messages) throws Exception {
        Timestamp since = databaseNow(db);
        String run = UUID.randomUUID().toString();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> sends = sendAll(
                pool,
                sqs,
                queueUrl,
                messages,
                i -> "{\"source\":\"nigredo.recebimento.benchmark\",\"type\":\"lead.received\",\"detail\":{\"run\":\""
                        + run + "\",\"n\":" + i + "}}");
        for (Future<?> send : sends) {
            send.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        pool.shutdown();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (recorded(db, since) < messages) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + recorded(db, since) + " of " + messages
                        + " messages reached the database within " + TIMEOUT.toMinutes() + " minutes");
            }
            Thread.sleep(20);
        }
        return messages / seconds(start);
    }

    private static List<Future<?>> sendAll(
            ExecutorService pool,
            SqsClient sqs,
            String url,
            int messages,
            java.util.function.IntFunction<String> body) {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                int first;
                while ((first = next.getAndAdd(BATCH)) < messages) {
                    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                    for (int i = first; i < Math.min(first + BATCH, messages); i++) {
                        entries.add(SendMessageBatchRequestEntry.builder()
                                .id("m" + i)
                                .messageBody(body.apply(i))
                                .build());
                    }
                    sqs.sendMessageBatch(r -> r.queueUrl(url).entries(entries));
                }
                return null;
            }));
        }
        return futures;
    }

    private static int recorded(Connection db, Timestamp since) throws SQLException {
        try (PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM fibonacci_core.traces WHERE agent = 'recebimento' AND created_at >= ?")) {
            count.setTimestamp(1, since);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Timestamp databaseNow(Connection db) throws SQLException {
        try (ResultSet now = db.createStatement().executeQuery("SELECT now()")) {
            now.next();
            return now.getTimestamp(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String user(Map<String, String> env) {
        return env.getOrDefault("ALQUIMISTA_DB_USER", EmbeddedPostgresServer.USER);
    }

    static String password(Map<String, String> env) {
        return env.getOrDefault("ALQUIMISTA_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
    }
}
