package ai.alquimista.fibonacci.consumers.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(schema = "fibonacci_core", name = "message_failures")
public class MessageFailure {

    @Id
    private UUID id;

    private String queue;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "receive_count")
    private int receiveCount;

    private String reason;

    private String body;

    @Convert(converter = InstantConverter.class)
    @Column(name = "failed_at")
    private Instant failedAt;

    protected MessageFailure() {}

    public MessageFailure(String queue, String messageId, int receiveCount, String reason, String body) {
        this.id = UUID.randomUUID();
        this.queue = Objects.requireNonNull(queue, "queue");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.receiveCount = receiveCount;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.body = body;
        this.failedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getQueue() {
        return queue;
    }

    public String getMessageId() {
        return messageId;
    }

    public int getReceiveCount() {
        return receiveCount;
    }

    public String getReason() {
        return reason;
    }

    public String getBody() {
        return body;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
