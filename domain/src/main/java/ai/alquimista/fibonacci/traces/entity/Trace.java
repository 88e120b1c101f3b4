package ai.alquimista.fibonacci.traces.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One agent's hop along a trace; written once, never changed. */
@Entity
@Table(schema = "fibonacci_core", name = "traces")
public class Trace {

    public static final String OK = "ok";

    @Id
    private UUID id;

    @Column(name = "trace_id")
    private String traceId;

    @Column(name = "event_id")
    private String eventId;

    private String agent;

    private String decision;

    private String status;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "duration_ms")
    private Integer durationMs;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Trace() {}

    public Trace(UUID traceId, UUID eventId, String agent, String decision, String status) {
        this.id = UUID.randomUUID();
        this.traceId = Uuids.text(Objects.requireNonNull(traceId, "traceId"));
        this.eventId = Uuids.text(eventId);
        this.agent = Objects.requireNonNull(agent, "agent");
        this.decision = decision;
        this.status = status == null ? OK : status;
        this.createdAt = Instant.now();
    }

    public Trace withMessage(String messageId, Integer durationMs) {
        this.messageId = messageId;
        this.durationMs = durationMs;
        return this;
    }

    /** How long the agent took with the message that brought it the event, in milliseconds. */
    public void finished(java.time.Duration took) {
        this.durationMs = (int) Math.min(Integer.MAX_VALUE, took.toMillis());
    }

    public UUID getId() {
        return id;
    }

    public UUID getTraceId() {
        return Uuids.of(traceId);
    }

    public UUID getEventId() {
        return Uuids.of(eventId);
    }

    public String getAgent() {
        return agent;
    }

    public String getDecision() {
        return decision;
    }

    public String getStatus() {
        return status;
    }

    public String getMessageId() {
        return messageId;
    }

    public Integer getDurationMs() {
        return durationMs;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
