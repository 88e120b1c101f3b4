package ai.alquimista.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.queues.Queue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The queues the stacks create are exactly those the application uses ({@link Queue}, the single source of truth):
 * the same names, the same attributes, each with its dead-letter queue, each dead-letter queue alarmed on and each
 * queue's address an output of the root stack.
 */
class QueueParityTest {

    private static final String ENVIRONMENT = "${Environment}";

    private final Map<String, Object> queues = Templates.section(Templates.read("queues.yaml"), "Resources");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map.Entry<String, Object> resource) {
        return (Map<String, Object>) ((Map<String, Object>) resource.getValue()).get("Properties");
    }

    private Map.Entry<String, Object> queueNamed(String name) {
        Optional<Map.Entry<String, Object>> found = queues.entrySet().stream()
                .filter(resource ->
                        Map.of("Fn::Sub", name).equals(properties(resource).get("QueueName")))
                .findFirst();
        assertThat(found).as("a queue named " + name + " in queues.yaml").isPresent();
        return found.get();
    }

    @Test
    void everyQueueOfTheApplicationIsCreatedWithItsAttributesAndItsDeadLetterQueue() {
        for (Queue queue : Queue.values()) {
            Map.Entry<String, Object> main = queueNamed(queue.physicalName(ENVIRONMENT));
            Map.Entry<String, Object> dead = queueNamed(queue.deadLetterName(ENVIRONMENT));

            assertThat(properties(main))
                    .as(queue.logicalName())
                    .containsEntry("VisibilityTimeout", Queue.VISIBILITY_TIMEOUT_SECONDS)
                    .containsEntry("ReceiveMessageWaitTimeSeconds", Queue.RECEIVE_WAIT_SECONDS)
                    .containsEntry(
                            "RedrivePolicy",
                            Map.of(
                                    "deadLetterTargetArn",
                                    Map.of("Fn::GetAtt", List.of(dead.getKey(), "Arn")),
                                    "maxReceiveCount",
                                    Queue.MAX_RECEIVE_COUNT));
            assertThat(properties(dead))
                    .as(queue.deadLetterName(ENVIRONMENT))
                    .containsEntry("MessageRetentionPeriod", Queue.DEAD_LETTER_RETENTION_SECONDS)
                    .doesNotContainKey("RedrivePolicy");
        }
    }

    @Test
    void theStacksCreateNoQueueTheApplicationDoesNotKnow() {
        long created = queues.values().stream()
                .filter(resource -> "AWS::SQS::Queue".equals(((Map<?, ?>) resource).get("Type")))
                .count();

        assertThat(created).isEqualTo(2L * Queue.values().length);
    }

    @Test
    void everyDeadLetterQueueIsAlarmedOnAndEveryQueueAddressIsAnOutput() {
        String monitoring = Templates.read("monitoring.yaml").toString();
        Map<String, Object> outputs = Templates.section(Templates.read("main.yaml"), "Outputs");

        for (Queue queue : Queue.values()) {
            assertThat(monitoring)
                    .as("an alarm on " + queue.deadLetterName(ENVIRONMENT))
                    .contains("{Name=QueueName, Value={Fn::Sub=" + queue.deadLetterName(ENVIRONMENT) + "}}");
            assertThat(outputs).containsKey(outputName(queue));
        }
    }

    private static String outputName(Queue queue) {
        return Arrays.stream(queue.logicalName().split("-"))
                        .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                        .collect(Collectors.joining())
                + "QueueUrl";
    }
}
