package ai.alquimista.fibonacci.consumers.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Idempotency marker: a consumer has handled this message key. */
@Entity
@IdClass(ProcessedMessageKey.class)
@Table(schema = "fibonacci_core", name = "processed_messages")
public class ProcessedMessage {

    @Id
    private String consumer;

    @Id
    @Column(name = "message_key")
    private String messageKey;

    @Convert(converter = InstantConverter.class)
    @Column(name = "processed_at")
    private Instant processedAt;

    protected ProcessedMessage() {}

    public ProcessedMessage(String consumer, String messageKey) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.processedAt = Instant.now();
    }

    public ProcessedMessageKey key() {
        return new ProcessedMessageKey(consumer, messageKey);
    }

    public String getConsumer() {
        return consumer;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
