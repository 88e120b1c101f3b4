package ai.alquimista.fibonacci.consumers.entity;

import java.io.Serializable;
import java.util.Objects;

public class ProcessedMessageKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String consumer;

    private String messageKey;

    public ProcessedMessageKey() {}

    public ProcessedMessageKey(String consumer, String messageKey) {
        this.consumer = consumer;
        this.messageKey = messageKey;
    }

    public String getConsumer() {
        return consumer;
    }

    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessedMessageKey key
                && Objects.equals(consumer, key.consumer)
                && Objects.equals(messageKey, key.messageKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(consumer, messageKey);
    }

    @Override
    public String toString() {
        return consumer + "/" + messageKey;
    }
}
