package ai.alquimista.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The launcher's SQS keeps what is in flight across a restart: the queues with their redrive policy, messages not yet
 * received, messages received but not deleted (back after their visibility timeout) and their receive counts (a
 * message received twice before the restart goes to the dead-letter queue after its third receive).
 */
class EmbeddedSqsServerTest {

    private static final int VISIBILITY_SECONDS = 1;

    @TempDir
    static Path home;

    @Test
    void a_restart_of_the_embedded_server_loses_nothing_in_flight() throws Exception {
        Path store = home.resolve("sqs");
        int port = SqsStoreBenchmark.freePort();
        String waiting;
        String inFlight;
        String poison;
        String deadLetters;
        try (EmbeddedSqsServer server = EmbeddedSqsServer.startPersistent("127.0.0.1", port, store);
                SqsClient sqs = client(server)) {
            deadLetters =
                    sqs.createQueue(r -> r.queueName("alquimista-test-dlq")).queueUrl();
            String deadLetterArn = sqs.getQueueAttributes(
                            r -> r.queueUrl(deadLetters).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            waiting = createQueue(sqs, "alquimista-test-waiting", deadLetterArn);
            inFlight = createQueue(sqs, "alquimista-test-in-flight", deadLetterArn);
            poison = createQueue(sqs, "alquimista-test-poison", deadLetterArn);

            sqs.sendMessage(r -> r.queueUrl(waiting).messageBody("waiting"));
            sqs.sendMessage(r -> r.queueUrl(inFlight).messageBody("in flight"));
            receiveOne(sqs, inFlight);
            sqs.sendMessage(r -> r.queueUrl(poison).messageBody("poison"));
            receiveOne(sqs, poison);
            receiveOne(sqs, poison);
        }

        try (EmbeddedSqsServer server = EmbeddedSqsServer.startPersistent("127.0.0.1", port, store);
                SqsClient sqs = client(server)) {
            assertThat(sqs.getQueueAttributes(r -> r.queueUrl(poison).attributeNames(QueueAttributeName.ALL))
                            .attributes())
                    .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(VISIBILITY_SECONDS))
                    .hasEntrySatisfying(
                            QueueAttributeName.REDRIVE_POLICY,
                            policy -> assertThat(policy)
                                    .contains("\"maxReceiveCount\":3")
                                    .contains("alquimista-test-dlq"));

            Message notYetReceived = receiveOne(sqs, waiting);
            assertThat(notYetReceived.body()).isEqualTo("waiting");
            assertThat(receiveCount(notYetReceived)).isEqualTo(1);

            Message backAfterItsVisibility = receiveOne(sqs, inFlight);
            assertThat(backAfterItsVisibility.body()).isEqualTo("in flight");
            assertThat(receiveCount(backAfterItsVisibility)).isEqualTo(2);

            assertThat(receiveCount(receiveOne(sqs, poison))).isEqualTo(3);
            assertThat(receiveFor(sqs, poison, Duration.ofSeconds(VISIBILITY_SECONDS + 2)))
                    .as("after its third receive the message leaves the queue")
                    .isEmpty();
            assertThat(receiveOne(sqs, deadLetters).body()).isEqualTo("poison");
        }
    }

    @Test
    void messages_received_the_moment_they_arrive_are_all_kept_across_a_restart() throws Exception {
        Path store = home.resolve("sqs");
        int port = SqsStoreBenchmark.freePort();
        int messages = 1_000;
        String queue;
        try (EmbeddedSqsServer server = EmbeddedSqsServer.startPersistent("127.0.0.1", port, store);
                SqsClient sqs = client(server)) {
            queue = sqs.createQueue(r -> r.queueName("alquimista-test-busy")
                            .attributesWithStrings(Map.of("VisibilityTimeout", "600")))
                    .queueUrl();
            ExecutorService receivers = Executors.newFixedThreadPool(4);
            AtomicBoolean sending = new AtomicBoolean(true);
            for (int i = 0; i < 4; i++) {
                receivers.submit(() -> {
                    while (sending.get()) {
                        receive(sqs, queue);
                    }
                    return null;
                });
            }
            for (int i = 0; i < messages; i++) {
                String body = "lead " + i;
                sqs.sendMessage(r -> r.queueUrl(queue).messageBody(body));
            }
            sending.set(false);
            receivers.shutdown();
            assertThat(receivers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        try (EmbeddedSqsServer server = EmbeddedSqsServer.startPersistent("127.0.0.1", port, store);
                SqsClient sqs = client(server)) {
            Map<QueueAttributeName, String> counts = sqs.getQueueAttributes(r -> r.queueUrl(queue)
                            .attributeNames(
                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                    .attributes();
            assertThat(counts.values().stream().mapToInt(Integer::parseInt).sum())
                    .as("waiting and in-flight messages after the restart")
                    .isEqualTo(messages);
        }
    }

    private static String createQueue(SqsClient sqs, String name, String deadLetterArn) {
        return sqs.createQueue(r -> r.queueName(name)
                        .attributesWithStrings(Map.of(
                                "VisibilityTimeout",
                                String.valueOf(VISIBILITY_SECONDS),
                                "RedrivePolicy",
                                "{\"maxReceiveCount\":\"3\",\"deadLetterTargetArn\":\"" + deadLetterArn + "\"}")))
                .queueUrl();
    }

    private static int receiveCount(Message message) {
        return Integer.parseInt(message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    }

    private static SqsClient client(EmbeddedSqsServer server) {
        return SqsClients.forEndpoint(server.endpoint(), EmbeddedSqsServer.REGION, true);
    }

    /** Receives (without deleting) the queue's one message, waiting for it to become visible. */
    private static Message receiveOne(SqsClient sqs, String queue) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            List<Message> received = receive(sqs, queue);
            if (!received.isEmpty()) {
                assertThat(received).hasSize(1);
                return received.get(0);
            }
        }
        throw new AssertionError("no message on " + queue + " within 15 s");
    }

    private static List<Message> receiveFor(SqsClient sqs, String queue, Duration duration) {
        Instant deadline = Instant.now().plus(duration);
        List<Message> received = new java.util.ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            received.addAll(receive(sqs, queue));
        }
        return received;
    }

    private static List<Message> receive(SqsClient sqs, String queue) {
        return sqs.receiveMessage(r -> r.queueUrl(queue)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(1)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .messages();
    }
}
