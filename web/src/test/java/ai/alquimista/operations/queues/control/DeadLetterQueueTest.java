package ai.alquimista.operations.queues.control;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.queues.QueueAddress;
import ai.alquimista.fibonacci.queues.boundary.QueueDirectory;
import ai.alquimista.fibonacci.queues.boundary.SqsSettings;
import ai.alquimista.launcher.EmbeddedSqsServer;
import ai.alquimista.operations.queues.boundary.DeadLetter;
import ai.alquimista.operations.queues.boundary.Redrive;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** An operator reads and redrives dead-letter queues on ElasticMQ, with nothing but SQS calls. */
class DeadLetterQueueTest {

    private static EmbeddedSqsServer server;
    private static SqsClient sqs;

    private QueueDirectory directory;
    private DeadLetterQueue deadLetters;

    @BeforeAll
    static void startElasticMq() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = EmbeddedSqsServer.start("127.0.0.1", port);
        sqs = SqsClient.builder()
                .endpointOverride(URI.create(server.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterAll
    static void stopElasticMq() {
        sqs.close();
        server.close();
    }

    /** Fresh queues per test: an environment of its own names them apart. */
    @BeforeEach
    void wire() {
        SqsSettings settings = new SqsSettings();
        set(settings, "environment", "t" + UUID.randomUUID().toString().substring(0, 8));
        set(settings, "endpoint", Optional.of(server.endpoint()));
        set(settings, "region", "us-east-1");
        set(settings, "createMissingQueues", true);
        directory = new QueueDirectory();
        set(directory, "sqs", sqs);
        set(directory, "settings", settings);
        deadLetters = new DeadLetterQueue();
        deadLetters.sqs = sqs;
        deadLetters.directory = directory;
    }

    @Test
    void anOperatorSeesWhyAMessageWasDeadLetteredAndItStaysThere() {
        String id = deadLettered(Queue.ESTRATEGIA, "{\"type\": \"campaign.requested\"}", "corr-1");

        List<DeadLetter> first = deadLetters.peek(Queue.ESTRATEGIA, 50);
        List<DeadLetter> second = deadLetters.peek(Queue.ESTRATEGIA, 50);

        assertThat(first).hasSize(1);
        DeadLetter letter = first.get(0);
        assertThat(letter.messageId()).isEqualTo(id);
        assertThat(letter.body()).isEqualTo("{\"type\": \"campaign.requested\"}");
        assertThat(letter.failureReason()).isEqualTo("IllegalStateException: estrategia does not handle it");
        assertThat(letter.failureQueue()).isEqualTo("estrategia");
        assertThat(letter.failedAt()).isEqualTo("2026-03-10T13:00:00Z");
        assertThat(letter.receiveCount()).isEqualTo("3");
        assertThat(letter.attributes()).containsEntry("correlation_id", "corr-1");
        assertThat(letter.approximateReceiveCount()).isEqualTo(1);
        assertThat(letter.sentAt()).isNotNull();
        assertThat(second)
                .extracting(DeadLetter::messageId)
                .as("peeking consumes nothing")
                .containsExactly(id);
        assertThat(messagesOn(Queue.ESTRATEGIA, false)).isEmpty();
    }

    @Test
    void peekingAnEmptyDeadLetterQueueShowsNothing() {
        assertThat(deadLetters.peek(Queue.DISPARO, 50)).isEmpty();
    }

    @Test
    void peekingStopsAtTheLimitAndLeavesEveryMessageVisible() {
        for (int i = 0; i < 25; i++) {
            deadLettered(Queue.SENTIMENTO, "mensagem " + i, "corr-" + i);
        }

        assertThat(deadLetters.peek(Queue.SENTIMENTO, 12)).hasSize(12);
        assertThat(deadLetters.peek(Queue.SENTIMENTO, 100)).hasSize(25);
    }

    @Test
    void aRedrivenMessageGoesBackToItsQueueWithoutTheFailureAttributesAndLeavesTheDeadLetterQueue() {
        String chosen = deadLettered(Queue.RECEBIMENTO, "{\"import_id\": \"a\"}", "corr-a");
        String other = deadLettered(Queue.RECEBIMENTO, "{\"import_id\": \"b\"}", "corr-b");
        String unknown = UUID.randomUUID().toString();

        Redrive redrive = deadLetters.redrive(Queue.RECEBIMENTO, Set.of(chosen, unknown));

        assertThat(redrive).isEqualTo(new Redrive("recebimento", 1, List.of(unknown)));
        List<Message> back = messagesOn(Queue.RECEBIMENTO, false);
        assertThat(back).hasSize(1);
        assertThat(back.get(0).body()).isEqualTo("{\"import_id\": \"a\"}");
        assertThat(back.get(0).messageAttributes()).containsOnlyKeys("correlation_id");
        assertThat(back.get(0).messageAttributes().get("correlation_id").stringValue())
                .isEqualTo("corr-a");
        assertThat(deadLetters.peek(Queue.RECEBIMENTO, 50))
                .extracting(DeadLetter::messageId)
                .as("the other message stays, visible at once")
                .containsExactly(other);
    }

    @Test
    void redrivingEverythingEmptiesTheDeadLetterQueue() {
        for (int i = 0; i < 23; i++) {
            deadLettered(Queue.AGENDAMENTO, "{\"n\": " + i + "}", "corr-" + i);
        }

        Redrive redrive = deadLetters.redrive(Queue.AGENDAMENTO, Set.of());

        assertThat(redrive.moved()).isEqualTo(23);
        assertThat(redrive.notFound()).isEmpty();
        assertThat(deadLetters.peek(Queue.AGENDAMENTO, 100)).isEmpty();
        assertThat(messagesOn(Queue.AGENDAMENTO, false)).hasSize(23);
    }

    /** A message as the resource adapter dead-letters it: its body and attributes, plus why and where it failed. */
    private String deadLettered(Queue queue, String body, String correlation) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put("correlation_id", text(correlation));
        attributes.put(DeadLetter.FAILURE_REASON, text("IllegalStateException: estrategia does not handle it"));
        attributes.put(DeadLetter.FAILURE_QUEUE, text(queue.logicalName()));
        attributes.put(DeadLetter.FAILED_AT, text("2026-03-10T13:00:00Z"));
        attributes.put(
                DeadLetter.RECEIVE_COUNT,
                MessageAttributeValue.builder()
                        .dataType("Number")
                        .stringValue("3")
                        .build());
        directory.url(queue);
        return sqs.sendMessage(r -> r.queueUrl(directory.url(new QueueAddress(queue, true)))
                        .messageBody(body)
                        .messageAttributes(attributes))
                .messageId();
    }

    private List<Message> messagesOn(Queue queue, boolean deadLetter) {
        List<Message> all = new ArrayList<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(r -> r.queueUrl(directory.url(new QueueAddress(queue, deadLetter)))
                            .maxNumberOfMessages(10)
                            .visibilityTimeout(30)
                            .waitTimeSeconds(0)
                            .messageAttributeNames("All"))
                    .messages();
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }

    private static void set(Object bean, String field, Object value) {
        try {
            Field declared = bean.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + field, e);
        }
    }
}
