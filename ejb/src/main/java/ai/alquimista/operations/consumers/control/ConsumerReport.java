package ai.alquimista.operations.consumers.control;

/** The attributes of one consumer's MBean, as the resource adapter publishes them. */
public record ConsumerReport(
        String queue,
        int sessions,
        int liveSessions,
        long lastPollEpochMillis,
        long restarts,
        boolean gateOpen,
        int inFlight,
        long deadLettered) {

    /** Two activations on one queue (two deployments, say) count as one consumer with both's sessions. */
    ConsumerReport plus(ConsumerReport other) {
        return new ConsumerReport(
                queue,
                sessions + other.sessions,
                liveSessions + other.liveSessions,
                Math.max(lastPollEpochMillis, other.lastPollEpochMillis),
                restarts + other.restarts,
                gateOpen && other.gateOpen,
                inFlight + other.inFlight,
                deadLettered + other.deadLettered);
    }
}
