package ai.alquimista.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What the machine's parts do on their own, measured in the same run as a benchmark so its figures can be read
 * against them: one committed PostgreSQL insert, and one SQS round trip (send, receive, delete) on a scratch queue.
 */
final class RawBaselines {

    record Figures(double p50Millis, double p95Millis) {}

    private RawBaselines() {}

    static Figures postgresInsert(Connection db, int times) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TEMPORARY TABLE IF NOT EXISTS baseline_rows (id uuid PRIMARY KEY, data jsonb)");
        }
        long[] nanos = new long[times];
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO baseline_rows VALUES (?, ?::jsonb)")) {
            db.setAutoCommit(false);
            for (int i = 0; i < times; i++) {
                long started = System.nanoTime();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "{\"empresa\":\"Empresa " + i + "\"}");
                insert.executeUpdate();
                db.commit();
                nanos[i] = System.nanoTime() - started;
            }
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return figures(nanos);
    }

    static Figures sqsRoundTrip(SqsClient sqs, String scratchQueue, int times) {
        String url = sqs.createQueue(request -> request.queueName(scratchQueue)).queueUrl();
        long[] nanos = new long[times];
        try {
            for (int i = 0; i < times; i++) {
                long started = System.nanoTime();
                sqs.sendMessage(request -> request.queueUrl(url).messageBody("{\"type\":\"baseline\"}"));
                var received = sqs.receiveMessage(request ->
                                request.queueUrl(url).waitTimeSeconds(1).maxNumberOfMessages(1))
                        .messages();
                received.forEach(message ->
                        sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle())));
                nanos[i] = System.nanoTime() - started;
            }
        } finally {
            sqs.deleteQueue(request -> request.queueUrl(url));
        }
        return figures(nanos);
    }

    private static Figures figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Figures(at(sorted, 0.50), at(sorted, 0.95));
    }

    private static double at(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
