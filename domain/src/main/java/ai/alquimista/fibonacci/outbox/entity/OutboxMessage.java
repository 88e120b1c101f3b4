package ai.alquimista.fibonacci.outbox.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonObjectConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(schema = "fibonacci_core", name = "outbox")
public class OutboxMessage {

    @Id
    private UUID id;

    @Column(name = "event_id")
    private String eventId;

    private String queue;

    private String body;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject attributes;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Convert(converter = InstantConverter.class)
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {}

    private OutboxMessage(UUID eventId, String queue, String body, JsonObject attributes) {
        this.id = UUID.randomUUID();
        this.eventId = Uuids.text(eventId);
        this.queue = Objects.requireNonNull(queue, "queue");
        this.body = Objects.requireNonNull(body, "body");
        this.attributes = attributes == null ? JsonValue.EMPTY_JSON_OBJECT : attributes;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    public static OutboxMessage forEvent(UUID eventId, String queue, String body, JsonObject attributes) {
        return new OutboxMessage(eventId, queue, body, attributes);
    }

    public void markSent(Instant at) {
        sentAt = Objects.requireNonNull(at, "at");
    }

    public void recordFailure(String error, Instant nextAttemptAt) {
        attempts++;
        lastError = error;
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEventId() {
        return Uuids.of(eventId);
    }

    public String getQueue() {
        return queue;
    }

    public String getBody() {
        return body;
    }

    public JsonObject getAttributes() {
        return attributes;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
