package ai.alquimista.fibonacci.queues;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The single source of truth for queue names and attributes (seed 001 §4): one queue per Nigredo
 * agent, the platform queue and the demo queue, each with its own dead-letter queue.
 */
public enum Queue {
    RECEBIMENTO("recebimento", true),
    ESTRATEGIA("estrategia", true),
    DISPARO("disparo", true),
    ATENDIMENTO("atendimento", true),
    SENTIMENTO("sentimento", true),
    AGENDAMENTO("agendamento", true),
    RELATORIOS("relatorios", true),
    PLATFORM("platform", false),
    DEMO("demo", false);

    public static final int VISIBILITY_TIMEOUT_SECONDS = 30;
    public static final int RECEIVE_WAIT_SECONDS = 10;
    public static final int MAX_RECEIVE_COUNT = 3;
    public static final int DEAD_LETTER_RETENTION_SECONDS = 14 * 24 * 60 * 60;
    public static final String DEAD_LETTER_SUFFIX = "-dlq";

    private final String logicalName;
    private final boolean nigredoAgent;

    Queue(String logicalName, boolean nigredoAgent) {
        this.logicalName = logicalName;
        this.nigredoAgent = nigredoAgent;
    }

    public String logicalName() {
        return logicalName;
    }

    public boolean isNigredoAgent() {
        return nigredoAgent;
    }

    /** {@code alquimista-<env>-<queue>}; the SQS resource adapter builds the same name. */
    public String physicalName(String environment) {
        return "alquimista-" + environment + "-" + logicalName;
    }

    public String deadLetterName(String environment) {
        return physicalName(environment) + DEAD_LETTER_SUFFIX;
    }

    /** Attributes of the main queue; the redrive policy needs the dead-letter queue's ARN. */
    public Map<String, String> attributes(String deadLetterArn) {
        return Map.of(
                "VisibilityTimeout", String.valueOf(VISIBILITY_TIMEOUT_SECONDS),
                "ReceiveMessageWaitTimeSeconds", String.valueOf(RECEIVE_WAIT_SECONDS),
                "RedrivePolicy",
                        "{\"maxReceiveCount\":\"" + MAX_RECEIVE_COUNT + "\",\"deadLetterTargetArn\":\"" + deadLetterArn
                                + "\"}");
    }

    public static Map<String, String> deadLetterAttributes() {
        return Map.of("MessageRetentionPeriod", String.valueOf(DEAD_LETTER_RETENTION_SECONDS));
    }

    public static Optional<Queue> byLogicalName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(q -> q.logicalName.equals(wanted)).findFirst();
    }
}
