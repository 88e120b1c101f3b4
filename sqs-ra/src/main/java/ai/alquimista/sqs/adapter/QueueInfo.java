package ai.alquimista.sqs.adapter;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A queue as the adapter needs it, read once: its URL, visibility timeout and, from its redrive
 * policy, after how many receives SQS dead-letters a message and where.
 */
record QueueInfo(String url, int visibilitySeconds, OptionalInt maxReceiveCount, Optional<String> deadLetterUrl) {

    private static final Pattern MAX_RECEIVE_COUNT = Pattern.compile("\"maxReceiveCount\"\\s*:\\s*\"?(\\d+)\"?");
    private static final Pattern TARGET_ARN = Pattern.compile("\"deadLetterTargetArn\"\\s*:\\s*\"([^\"]+)\"");
    private static final int DEFAULT_VISIBILITY_SECONDS = 30;

    static QueueInfo read(SqsClient sqs, String queueName) {
        String url = sqs.getQueueUrl(r -> r.queueName(queueName)).queueUrl();
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(url)
                        .attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT, QueueAttributeName.REDRIVE_POLICY))
                .attributes();
        String visibility = attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT);
        String policy = attributes.getOrDefault(QueueAttributeName.REDRIVE_POLICY, "");
        Matcher count = MAX_RECEIVE_COUNT.matcher(policy);
        Matcher arn = TARGET_ARN.matcher(policy);
        Optional<String> deadLetterUrl = arn.find()
                ? Optional.of(sqs.getQueueUrl(r ->
                                r.queueName(arn.group(1).substring(arn.group(1).lastIndexOf(':') + 1)))
                        .queueUrl())
                : Optional.empty();
        return new QueueInfo(
                url,
                visibility == null ? DEFAULT_VISIBILITY_SECONDS : Integer.parseInt(visibility),
                count.find() ? OptionalInt.of(Integer.parseInt(count.group(1))) : OptionalInt.empty(),
                deadLetterUrl);
    }

    /** This receive is the last before SQS would dead-letter the message on its own. */
    boolean lastReceive(int receiveCount) {
        return deadLetterUrl.isPresent() && maxReceiveCount.isPresent() && receiveCount >= maxReceiveCount.getAsInt();
    }
}
