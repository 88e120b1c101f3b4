package ai.alquimista.sqs.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** An embedded ElasticMQ for the adapter's tests, with queues made like the application's (a DLQ, maxReceiveCount 3). */
final class LocalSqs implements AutoCloseable {

    private final SQSRestServer server;
    private final String endpoint;
    private final SqsClient sqs;

    private LocalSqs(SQSRestServer server, String endpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.sqs = SqsClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    static LocalSqs start() {
        int port = freePort();
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .withAWSRegion("us-east-1")
                .start();
        server.waitUntilStarted();
        return new LocalSqs(server, "http://127.0.0.1:" + port);
    }

    String endpoint() {
        return endpoint;
    }

    /** A fresh environment name, so each test has its own queues: {@code alquimista-<env>-<queue>}. */
    static String freshEnvironment() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The main queue and its dead-letter queue, as the application's catalog creates them. */
    TestQueue createQueue(String environment, String logicalQueue, int visibilitySeconds) {
        String name = ConsumerSettings.physicalName(environment, logicalQueue);
        String dlqUrl = sqs.createQueue(r -> r.queueName(name + "-dlq")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(r -> r.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        String url = sqs.createQueue(r -> r.queueName(name)
                        .attributes(Map.of(
                                QueueAttributeName.VISIBILITY_TIMEOUT,
                                String.valueOf(visibilitySeconds),
                                QueueAttributeName.REDRIVE_POLICY,
                                "{\"maxReceiveCount\":\"3\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}")))
                .queueUrl();
        return new TestQueue(url, dlqUrl);
    }

    String send(String queueUrl, String body, Map<String, MessageAttributeValue> attributes) {
        return sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body).messageAttributes(attributes))
                .messageId();
    }

    /** Counts visible and in-flight messages ("approximate" in SQS, exact in ElasticMQ). */
    int depth(String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
    }

    /** Reads what is visible now, leaving it there for a moment only (visibility 1 s). */
    List<Message> peek(String queueUrl) {
        return sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                        .maxNumberOfMessages(10)
                        .visibilityTimeout(1)
                        .waitTimeSeconds(0)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All"))
                .messages();
    }

    @Override
    public void close() {
        sqs.close();
        server.stopAndWait();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record TestQueue(String url, String deadLetterUrl) {}
}
