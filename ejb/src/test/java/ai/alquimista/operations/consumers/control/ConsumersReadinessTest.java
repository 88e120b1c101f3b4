package ai.alquimista.operations.consumers.control;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.operations.consumers.boundary.ConsumerState;
import ai.alquimista.testing.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.management.JMException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsumersReadinessTest {

    private static final Instant NOW = Instant.parse("2026-03-10T13:00:00Z");

    private final SimulatedClock clock = new SimulatedClock(NOW);
    private final List<FakeConsumer> registered = new ArrayList<>();
    private ConsumerSupervision supervision;
    private ConsumersReadiness readiness;

    @BeforeEach
    void wire() {
        supervision = new ConsumerSupervision();
        supervision.mbeans = new ConsumerMBeans();
        supervision.clock = clock;
        supervision.staleSeconds = 60;
        readiness = new ConsumersReadiness();
        readiness.supervision = supervision;
    }

    @AfterEach
    void unregister() throws JMException {
        for (FakeConsumer consumer : registered) {
            consumer.close();
        }
    }

    @Test
    void everyQueuePolledAMomentAgoIsReady() {
        everyQueuePolledAt(NOW.minusSeconds(2));

        HealthCheckResponse response = readiness.call();

        assertThat(response.getName()).isEqualTo("consumers");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow())
                .containsEntry("recebimento", "UP: 2/2 sessions, polled 2 s ago")
                .hasSize(Queue.values().length);
    }

    @Test
    void aQueueWithoutAConsumerMakesTheApplicationUnready() throws JMException {
        everyQueuePolledAt(NOW.minusSeconds(2));
        FakeConsumer disparo = consumerOf("disparo");
        registered.remove(disparo);
        disparo.close();

        HealthCheckResponse response = readiness.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow())
                .containsEntry("disparo", "DOWN: no consumer reports for this queue")
                .containsEntry("estrategia", "UP: 2/2 sessions, polled 2 s ago");
        assertThat(byQueue().get("disparo").sessions())
                .as("no figures without a consumer")
                .isNull();
    }

    @Test
    void aConsumerWhoseSessionsAllDiedIsDown() {
        everyQueuePolledAt(NOW.minusSeconds(1));
        consumerOf("atendimento").liveSessions = 0;

        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(byQueue().get("atendimento").problem()).isEqualTo("no live session (of 2)");
    }

    @Test
    void aConsumerThatStoppedPollingWhileItsGateIsOpenIsDownOnceItIsStale() {
        everyQueuePolledAt(NOW);
        FakeConsumer sentimento = consumerOf("sentimento");

        clock.advance(Duration.ofSeconds(60));
        sentimento.lastPollEpochMillis = NOW.toEpochMilli();
        everyOtherQueuePolls(sentimento);
        assertThat(readiness.call().getStatus()).as("60 s is not yet stale").isEqualTo(HealthCheckResponse.Status.UP);

        clock.advance(Duration.ofSeconds(2));
        everyOtherQueuePolls(sentimento);

        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(byQueue().get("sentimento").problem()).isEqualTo("has not polled for 62 s (more than 60 s)");
    }

    @Test
    void aConsumerWhoseGateIsClosedIsNotStaleForNotPolling() {
        everyQueuePolledAt(NOW.minusSeconds(600));
        registered.forEach(consumer -> consumer.gateOpen = false);

        HealthCheckResponse response = readiness.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("platform", "UP: 2/2 sessions, gate closed");
    }

    @Test
    void theOperatorsViewCarriesEveryFigureTheAdapterReports() {
        everyQueuePolledAt(NOW.minusSeconds(5));
        FakeConsumer relatorios = consumerOf("relatorios");
        relatorios.sessions = 4;
        relatorios.liveSessions = 3;
        relatorios.restarts = 1;
        relatorios.inFlight = 7;
        relatorios.deadLettered = 12;

        ConsumerState state = byQueue().get("relatorios");

        assertThat(state)
                .isEqualTo(
                        new ConsumerState("relatorios", "UP", null, 4, 3, NOW.minusSeconds(5), 5L, 1L, true, 7, 12L));
    }

    private void everyQueuePolledAt(Instant lastPoll) {
        for (Queue queue : Queue.values()) {
            registered.add(FakeConsumer.polling(queue.logicalName(), lastPoll));
        }
    }

    private void everyOtherQueuePolls(FakeConsumer except) {
        registered.stream()
                .filter(consumer -> consumer != except)
                .forEach(consumer -> consumer.lastPollEpochMillis = clock.millis());
    }

    private FakeConsumer consumerOf(String queue) {
        return registered.stream()
                .filter(consumer -> consumer.getQueue().equals(queue))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, ConsumerState> byQueue() {
        return supervision.states().stream().collect(Collectors.toMap(ConsumerState::queue, Function.identity()));
    }
}
