package ai.alquimista.fibonacci.outbox.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private final OutboxMessage message = OutboxMessage.forEvent(
            UUID.randomUUID(),
            "nigredo-recebimento",
            "{\"hello\":\"world\"}",
            Json.createObjectBuilder().add("trace_id", "t-1").build());

    @Test
    void startsPendingAndDueNow() {
        assertThat(message.getAttempts()).isZero();
        assertThat(message.isSent()).isFalse();
        assertThat(message.getNextAttemptAt()).isEqualTo(message.getCreatedAt());
    }

    @Test
    void eachFailureIsKeptAndTheNextAttemptWaitsTwiceAsLong() {
        Instant now = Instant.parse("2025-01-01T10:00:00Z");

        boolean dead = message.recordFailure("queue unavailable", now, 10, Duration.ofMinutes(5));
        message.recordFailure("throttled", now, 10, Duration.ofMinutes(5));
        message.recordFailure("throttled again", now, 10, Duration.ofMinutes(5));

        assertThat(dead).isFalse();
        assertThat(message.getAttempts()).isEqualTo(3);
        assertThat(message.getLastError()).isEqualTo("throttled again");
        assertThat(message.getNextAttemptAt()).isEqualTo(now.plusSeconds(4));
        assertThat(message.state()).isEqualTo(OutboxState.PENDENTE);
    }

    @Test
    void theDelayBetweenAttemptsStopsGrowingAtTheMaximum() {
        Instant now = Instant.parse("2025-01-01T10:00:00Z");

        for (int i = 0; i < 12; i++) {
            message.recordFailure("down", now, 100, Duration.ofMinutes(5));
        }

        assertThat(message.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void theLastAttemptAllowedLeavesTheRowDeadUntilAnOperatorRetriesIt() {
        Instant now = Instant.parse("2025-01-01T10:00:00Z");

        message.recordFailure("unknown queue", now, 2, Duration.ofMinutes(5));
        boolean dead = message.recordFailure("unknown queue", now.plusSeconds(1), 2, Duration.ofMinutes(5));

        assertThat(dead).isTrue();
        assertThat(message.state()).isEqualTo(OutboxState.MORTA);
        assertThat(message.getDeadAt()).isEqualTo(now.plusSeconds(1));

        Instant retried = now.plusSeconds(3600);
        message.retryNow(retried);

        assertThat(message.state()).isEqualTo(OutboxState.PENDENTE);
        assertThat(message.getAttempts()).isZero();
        assertThat(message.getNextAttemptAt()).isEqualTo(retried);
        assertThat(message.getLastError()).isEqualTo("unknown queue");
    }

    @Test
    void anErrorIsKeptAsTextPostgresqlAccepts() {
        message.recordFailure("bad\u0000" + "x".repeat(5000), Instant.now(), 10, Duration.ofMinutes(5));

        assertThat(message.getLastError()).hasSize(2000).startsWith("bad x").doesNotContain("\u0000");
    }

    @Test
    void aSentRowIsNotRetried() {
        message.markSent(Instant.now());

        assertThatThrownBy(() -> message.retryNow(Instant.now())).isInstanceOf(IllegalStateException.class);
        assertThat(message.state()).isEqualTo(OutboxState.ENVIADA);
    }

    @Test
    void markSentStampsTheTime() {
        Instant at = Instant.parse("2025-01-01T10:00:00Z");

        message.markSent(at);

        assertThat(message.isSent()).isTrue();
        assertThat(message.getSentAt()).isEqualTo(at);
    }
}
