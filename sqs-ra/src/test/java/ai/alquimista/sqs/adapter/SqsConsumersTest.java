package ai.alquimista.sqs.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.sqs.adapter.LocalSqs.TestQueue;
import jakarta.ejb.EJBException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** The adapter against an embedded SQS, with a scripted bean in place of the container's. */
class SqsConsumersTest {

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(500);
    private static LocalSqs sqs;

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final List<QueuePoller> pollers = new ArrayList<>();
    private final String environment = LocalSqs.freshEnvironment();
    private final String logicalQueue = "q" + UUID.randomUUID().toString().substring(0, 8);
    private AdapterServices services;

    @BeforeAll
    static void startSqs() {
        sqs = LocalSqs.start();
    }

    @AfterAll
    static void stopSqs() {
        sqs.close();
    }

    @BeforeEach
    void adapter() {
        services = SqsResourceAdapter.services(
                () -> {
                    if (!databaseUp.get()) {
                        throw new IOException("connection refused");
                    }
                },
                PROBE_INTERVAL,
                10);
    }

    @AfterEach
    void stopAdapter() {
        pollers.forEach(QueuePoller::stop);
        SqsResourceAdapter.shutdown(services);
    }

    @Test
    void aDatabaseOutageHandsTheMessageBackAndNobodyReceivesUntilTheDatabaseAnswers() throws Exception {
        TestQueue queue = sqs.createQueue(environment, logicalQueue, 30);
        databaseUp.set(false);
        ScriptedEndpoints bean = new ScriptedEndpoints(delivery -> {
            if (!databaseUp.get()) {
                throw new EJBException(new RuntimeException(
                        "Exception [EclipseLink-4002]",
                        new SQLException(
                                "Error in allocating a connection",
                                null,
                                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
            }
        });
        QueuePoller poller = consume(bean, 2);

        String sentId = sqs.send(queue.url(), "{\"event_id\":\"e-1\"}", Map.of("trace_id", text("t-1")));

        Eventually.within(
                Duration.ofSeconds(10), () -> assertThat(poller.isGateOpen()).isFalse());
        Thread.sleep(TimeUnit.SECONDS.toMillis(ConsumerSettings.LONG_POLL_CAP_SECONDS) + 500);
        long pollWhenClosed = poller.getLastPollEpochMillis();
        Thread.sleep(2_500);
        assertThat(bean.deliveries())
                .as("nothing delivered while the gate is closed")
                .hasSize(1);
        assertThat(poller.getLastPollEpochMillis()).isEqualTo(pollWhenClosed);
        List<Message> waiting = sqs.peek(queue.url());
        assertThat(waiting)
                .as("the message is back on its queue, as a fresh copy")
                .hasSize(1);
        assertThat(waiting.get(0).messageAttributes()).containsKey("trace_id");
        assertThat(waiting.get(0).messageId()).isNotEqualTo(sentId);
        assertThat(waiting.get(0).messageAttributes().get("original_message_id").stringValue())
                .as("the copy keeps the id it was first sent with")
                .isEqualTo(sentId);
        assertThat(waiting.get(0)
                        .messageAttributes()
                        .get("infrastructure_returns")
                        .stringValue())
                .isEqualTo("1");
        assertThat(sqs.depth(queue.deadLetterUrl())).isZero();

        databaseUp.set(true);

        Eventually.within(
                Duration.ofSeconds(10), () -> assertThat(bean.committed()).hasSize(1));
        assertThat(bean.committed().get(0).body()).isEqualTo("{\"event_id\":\"e-1\"}");
        assertThat(bean.committed().get(0).message().getJMSMessageID())
                .as("its consumer sees the same message as before the outage")
                .isEqualTo("ID:" + sentId);
        assertThat(poller.isGateOpen()).isTrue();
        Eventually.within(
                Duration.ofSeconds(5), () -> assertThat(sqs.depth(queue.url())).isZero());
        assertThat(sqs.depth(queue.deadLetterUrl())).isZero();
    }

    @Test
    void aPoisonMessageReachesTheDeadLetterQueueAfterExactlyThreeReceivesWithItsReason() {
        TestQueue queue = sqs.createQueue(environment, logicalQueue, 30);
        ScriptedEndpoints bean = new ScriptedEndpoints(delivery -> {
            throw new EJBException(new IllegalArgumentException("lead sem empresa"));
        });
        QueuePoller poller = consume(bean, 1);

        String sentId = sqs.send(queue.url(), "{\"event_id\":\"poison\"}", Map.of("trace_id", text("t-9")));

        AtomicReference<Message> deadLettered = new AtomicReference<>();
        Eventually.within(Duration.ofSeconds(15), () -> {
            List<Message> found = sqs.peek(queue.deadLetterUrl());
            assertThat(found).hasSize(1);
            deadLettered.set(found.get(0));
        });
        assertThat(bean.deliveries())
                .extracting(ScriptedEndpoints.Delivery::receiveCount)
                .containsExactly(1, 2, 3);
        Message dead = deadLettered.get();
        Map<String, MessageAttributeValue> attributes = dead.messageAttributes();
        assertThat(dead.body()).isEqualTo("{\"event_id\":\"poison\"}");
        assertThat(attributes.get("failure_reason").stringValue())
                .isEqualTo("IllegalArgumentException: lead sem empresa");
        assertThat(attributes.get("failure_queue").stringValue()).isEqualTo(logicalQueue);
        assertThat(attributes.get("receive_count").stringValue()).isEqualTo("3");
        assertThat(attributes.get("failed_at").stringValue()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(attributes.get("trace_id").stringValue()).isEqualTo("t-9");
        assertThat(attributes.get("original_message_id").stringValue()).isEqualTo(sentId);
        // the copy is sent before the original is deleted
        Eventually.within(
                Duration.ofSeconds(3), () -> assertThat(sqs.depth(queue.url())).isZero());
        Eventually.within(
                Duration.ofSeconds(3),
                () -> assertThat(poller.getDeadLettered()).isEqualTo(1));
        assertThat(poller.isGateOpen()).as("a poison message is no outage").isTrue();
    }

    @Test
    void aDeliveryThatFailsWhileItsConsumerStopsCostsTheMessageNoReceive() throws Exception {
        TestQueue queue = sqs.createQueue(environment, logicalQueue, 30);
        java.util.concurrent.CountDownLatch delivering = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch stopping = new java.util.concurrent.CountDownLatch(1);
        ScriptedEndpoints bean = new ScriptedEndpoints(delivery -> {
            delivering.countDown();
            awaitQuietly(stopping);
            // what Payara's EJB container throws while it is torn down around a delivery
            throw new ClassCastException("class org.glassfish.api.invocation.ComponentInvocation cannot be cast"
                    + " to class com.sun.ejb.EjbInvocation");
        });
        QueuePoller poller = consume(bean, 1);
        sqs.send(queue.url(), "{\"event_id\":\"while-stopping\"}", Map.of("trace_id", text("t-3")));
        assertThat(delivering.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stop = new Thread(poller::stop);
        stop.start();
        Thread.sleep(200);
        stopping.countDown();
        stop.join(TimeUnit.SECONDS.toMillis(ConsumerSettings.LONG_POLL_CAP_SECONDS + 10));

        List<Message> waiting = sqs.peek(queue.url());
        assertThat(waiting)
                .as("back on its queue as a fresh copy, no receive counted")
                .hasSize(1);
        assertThat(waiting.get(0).attributes())
                .containsEntry(
                        software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                        "1");
        assertThat(sqs.depth(queue.deadLetterUrl())).isZero();
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aLongDeliveryKeepsItsMessageInvisiblePastTheVisibilityTimeout() {
        TestQueue queue = sqs.createQueue(environment, logicalQueue, 2);
        ScriptedEndpoints bean = new ScriptedEndpoints(delivery -> sleep(Duration.ofSeconds(5)));
        consume(bean, 2);

        sqs.send(queue.url(), "{\"event_id\":\"slow\"}", Map.of());

        Eventually.within(
                Duration.ofSeconds(5), () -> assertThat(bean.deliveries()).hasSize(1));
        sleep(Duration.ofSeconds(3));
        assertThat(sqs.peek(queue.url()))
                .as("still invisible 3 s into a 2 s visibility")
                .isEmpty();
        Eventually.within(
                Duration.ofSeconds(10), () -> assertThat(bean.committed()).hasSize(1));
        Eventually.within(
                Duration.ofSeconds(5), () -> assertThat(sqs.depth(queue.url())).isZero());
        assertThat(bean.deliveries())
                .as("delivered once, not again by a second session")
                .hasSize(1);
        assertThat(services.keeper().extensions()).isPositive();
    }

    @Test
    void aSessionThreadThatDiesIsRestartedAndTheMessageIsProcessed() {
        TestQueue queue = sqs.createQueue(environment, logicalQueue, 2);
        AtomicInteger calls = new AtomicInteger();
        ScriptedEndpoints bean = new ScriptedEndpoints(delivery -> {
            if (calls.incrementAndGet() == 1) {
                throw new AssertionError("a bug escaping the delivery loop");
            }
        });
        QueuePoller poller = consume(bean, 1);

        sqs.send(queue.url(), "{\"event_id\":\"after-restart\"}", Map.of());

        Eventually.within(
                Duration.ofSeconds(5), () -> assertThat(poller.getRestarts()).isEqualTo(1));
        Eventually.within(
                Duration.ofSeconds(5),
                () -> assertThat(poller.getLiveSessions()).isEqualTo(1));
        Eventually.within(
                Duration.ofSeconds(10), () -> assertThat(bean.committed()).hasSize(1));
        assertThat(bean.committed().get(0).body()).isEqualTo("{\"event_id\":\"after-restart\"}");
    }

    @Test
    void eachConsumerShowsItsStateAsAnMBeanWhileItRuns() throws Exception {
        sqs.createQueue(environment, logicalQueue, 30);
        QueuePoller poller = consume(new ScriptedEndpoints(delivery -> {}), 3);
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName("ai.alquimista.sqs:type=Consumer,queue=" + logicalQueue);

        Eventually.within(
                Duration.ofSeconds(5),
                () -> assertThat(poller.getLastPollEpochMillis()).isPositive());

        assertThat(mbeans.getAttribute(name, "Queue")).isEqualTo(logicalQueue);
        assertThat(mbeans.getAttribute(name, "Sessions")).isEqualTo(3);
        assertThat(mbeans.getAttribute(name, "LiveSessions")).isEqualTo(3);
        assertThat((Long) mbeans.getAttribute(name, "LastPollEpochMillis"))
                .isGreaterThan(System.currentTimeMillis() - 60_000);
        assertThat(mbeans.getAttribute(name, "Restarts")).isEqualTo(0L);
        assertThat(mbeans.getAttribute(name, "GateOpen")).isEqualTo(true);
        assertThat(mbeans.getAttribute(name, "InFlight")).isEqualTo(0);
        assertThat(mbeans.getAttribute(name, "DeadLettered")).isEqualTo(0L);

        poller.stop();
        pollers.remove(poller);

        assertThat(mbeans.isRegistered(name)).as("unregistered on stop").isFalse();
    }

    private QueuePoller consume(ScriptedEndpoints bean, int sessions) {
        SqsActivationSpec spec = new SqsActivationSpec();
        spec.setQueue(logicalQueue);
        spec.setEnvironment(environment);
        spec.setEndpoint(sqs.endpoint());
        spec.setMaxSessions(sessions);
        spec.setPrefetch(1);
        spec.setRedeliveryDelaySeconds(0);
        QueuePoller poller = new QueuePoller(bean, ConsumerSettings.of(spec), services);
        try {
            poller.start();
        } catch (jakarta.resource.ResourceException e) {
            throw new IllegalStateException(e);
        }
        pollers.add(poller);
        return poller;
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
