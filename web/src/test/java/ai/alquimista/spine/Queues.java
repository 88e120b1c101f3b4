package ai.alquimista.spine;

import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The SQS endpoint as the AWS CLI sees it: plain SDK calls, no application code. */
final class Queues implements AutoCloseable {

    private final SqsClient sqs = SqsClient.builder()
            .endpointOverride(URI.create(System.getenv("ALQUIMISTA_SQS_ENDPOINT")))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();
    private final String environment = System.getenv("ALQUIMISTA_ENV");

    String url(String queue) {
        return sqs.getQueueUrl(r -> r.queueName("alquimista-" + environment + "-" + queue))
                .queueUrl();
    }

    String send(String queue, String body) {
        return sqs.sendMessage(r -> r.queueUrl(url(queue)).messageBody(body)).messageId();
    }

    void delete(String queue) {
        sqs.deleteQueue(r -> r.queueUrl(url(queue)));
    }

    List<Message> peek(String queue) {
        return sqs.receiveMessage(r -> r.queueUrl(url(queue))
                        .maxNumberOfMessages(10)
                        .visibilityTimeout(0)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                        .messageAttributeNames("All"))
                .messages();
    }

    long messagesIn(String queue) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(url(queue))
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Override
    public void close() {
        sqs.close();
    }
}
