package ai.alquimista.sqs.adapter;

import java.util.Locale;
import java.util.Optional;

/**
 * What a queue consumer needs, resolved once per activation: an activation property wins, then a
 * system property, then an environment variable (the MicroProfile Config naming the application
 * uses too: {@code alquimista.sqs.endpoint} / {@code ALQUIMISTA_SQS_ENDPOINT}).
 */
record ConsumerSettings(
        String logicalQueue,
        String queueName,
        int maxSessions,
        int prefetch,
        Optional<String> endpoint,
        String region,
        int redeliveryDelaySeconds) {

    static final int LONG_POLL_CAP_SECONDS = 3;

    static ConsumerSettings of(SqsActivationSpec spec) {
        String environment = resolve(spec.getEnvironment(), "alquimista.env").orElse("local");
        return new ConsumerSettings(
                spec.getQueue(),
                physicalName(environment, spec.getQueue()),
                spec.getMaxSessions(),
                spec.getPrefetch(),
                resolve(spec.getEndpoint(), "alquimista.sqs.endpoint"),
                resolve(spec.getRegion(), "alquimista.sqs.region")
                        .or(() -> resolve(null, "aws.region"))
                        .orElse("us-east-1"),
                spec.getRedeliveryDelaySeconds() != null
                        ? spec.getRedeliveryDelaySeconds()
                        : resolve(null, "alquimista.sqs.redelivery-delay-seconds")
                                .map(Integer::valueOf)
                                .orElse(5));
    }

    /** Must match the application's queue catalog: {@code alquimista-<env>-<queue>}. */
    static String physicalName(String environment, String logicalQueue) {
        return "alquimista-" + environment + "-" + logicalQueue;
    }

    /** Delay before the next receive of a failed message: doubles with every receive. */
    int redeliveryDelay(int receiveCount) {
        int exponent = Math.max(0, Math.min(receiveCount - 1, 10));
        return (int) Math.min(900L, (long) redeliveryDelaySeconds << exponent);
    }

    static Optional<String> resolve(String explicit, String key) {
        if (explicit != null && !explicit.isBlank() && !explicit.startsWith("${")) {
            return Optional.of(explicit.trim());
        }
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
