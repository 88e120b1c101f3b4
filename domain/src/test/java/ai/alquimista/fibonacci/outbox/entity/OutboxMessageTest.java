package ai.alquimista.fibonacci.outbox.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
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
    void recordFailureCountsAttemptsAndReschedules() {
        Instant first = Instant.parse("2025-01-01T10:00:00Z");
        Instant second = Instant.parse("2025-01-01T10:05:00Z");

        message.recordFailure("queue unavailable", first);
        message.recordFailure("throttled", second);

        assertThat(message.getAttempts()).isEqualTo(2);
        assertThat(message.getLastError()).isEqualTo("throttled");
        assertThat(message.getNextAttemptAt()).isEqualTo(second);
        assertThat(message.isSent()).isFalse();
    }

    @Test
    void markSentStampsTheTime() {
        Instant at = Instant.parse("2025-01-01T10:00:00Z");

        message.markSent(at);

        assertThat(message.isSent()).isTrue();
        assertThat(message.getSentAt()).isEqualTo(at);
    }
}
