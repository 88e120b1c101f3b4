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
import java.time.Duration;
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

    @Convert(converter = InstantConverter.class)
    @Column(name = "dead_at")
    private Instant deadAt;

    private static final int MAX_ERROR = 2000;

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

    /**
     * One more failed attempt: kept with its error, and tried again after a delay that doubles with each attempt (1
     * s, 2 s, 4 s… up to {@code maxBackoff}); the attempt that reaches {@code maxAttempts} leaves the row dead, which
     * nothing retries until an operator does.
     *
     * @return true when this failure left the row dead
     */
    public boolean recordFailure(String error, Instant now, int maxAttempts, Duration maxBackoff) {
        Objects.requireNonNull(now, "now");
        attempts++;
        lastError = printable(error);
        if (attempts >= maxAttempts) {
            deadAt = now;
            nextAttemptAt = now;
            return true;
        }
        nextAttemptAt = now.plus(backoff(attempts, maxBackoff));
        return false;
    }

    /** How long a row waits after its {@code attempt}-th failure: 1 s, doubling, never more than {@code max}. */
    public static Duration backoff(int attempt, Duration max) {
        long seconds = 1L << Math.min(Math.max(attempt, 1) - 1, 30);
        return Duration.ofSeconds(Math.min(seconds, max.toSeconds()));
    }

    /** An operator's retry: due at once, with every attempt to come (the last error stays until the next one). */
    public void retryNow(Instant now) {
        if (isSent()) {
            throw new IllegalStateException("outbox message " + id + " was sent at " + sentAt);
        }
        attempts = 0;
        deadAt = null;
        nextAttemptAt = Objects.requireNonNull(now, "now");
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public boolean isDead() {
        return deadAt != null;
    }

    public OutboxState state() {
        return isSent() ? OutboxState.ENVIADA : isDead() ? OutboxState.MORTA : OutboxState.PENDENTE;
    }

    /** An error as PostgreSQL's text keeps it: no NUL characters, and not beyond {@value #MAX_ERROR} characters. */
    public static String printable(String error) {
        String text = error == null ? "" : error.replace('\u0000', ' ');
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
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

    public Instant getDeadAt() {
        return deadAt;
    }
}
