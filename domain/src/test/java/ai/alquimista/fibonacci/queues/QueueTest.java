package ai.alquimista.fibonacci.queues;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueTest {

    @Test
    void everyAgentHasItsOwnQueueAndDeadLetterQueueWithTheEnvironmentPrefix() {
        assertThat(Queue.RECEBIMENTO.physicalName("prod")).isEqualTo("alquimista-prod-recebimento");
        assertThat(Queue.RECEBIMENTO.deadLetterName("prod")).isEqualTo("alquimista-prod-recebimento-dlq");
        assertThat(Queue.values()).filteredOn(Queue::isNigredoAgent).hasSize(7);
        assertThat(Queue.values()).hasSize(9);
    }

    @Test
    void queueAttributesFollowSeed001() {
        var attributes = Queue.DISPARO.attributes("arn:aws:sqs:us-east-1:000000000000:alquimista-local-disparo-dlq");
        assertThat(attributes)
                .containsEntry("VisibilityTimeout", "30")
                .containsEntry("ReceiveMessageWaitTimeSeconds", "10");
        assertThat(attributes.get("RedrivePolicy"))
                .contains("\"maxReceiveCount\":\"3\"")
                .contains("alquimista-local-disparo-dlq");
        assertThat(Queue.deadLetterAttributes()).containsEntry("MessageRetentionPeriod", "1209600");
    }

    @Test
    void operatorsNameQueuesAndDeadLetterQueuesByTheirLogicalNames() {
        assertThat(QueueAddress.parse("recebimento")).contains(new QueueAddress(Queue.RECEBIMENTO, false));
        assertThat(QueueAddress.parse("recebimento-dlq")).contains(new QueueAddress(Queue.RECEBIMENTO, true));
        assertThat(QueueAddress.parse("Demo")).contains(new QueueAddress(Queue.DEMO, false));
        assertThat(QueueAddress.parse("nowhere")).isEmpty();
        assertThat(QueueAddress.parse("-dlq")).isEmpty();
        assertThat(new QueueAddress(Queue.DEMO, true).physicalName("local")).isEqualTo("alquimista-local-demo-dlq");
    }
}
