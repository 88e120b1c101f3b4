package ai.alquimista.operations.consumers.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * One queue's consumer as the resource adapter reports it, and the verdict: {@code UP}, or {@code DOWN} with the
 * problem (no consumer, no live session, not polling while the infrastructure gate is open). The figures are left
 * out when there is no consumer to report them.
 */
public record ConsumerState(
        String queue,
        String status,
        String problem,
        Integer sessions,
        @JsonbProperty("live_sessions") Integer liveSessions,
        @JsonbProperty("last_poll_at") Instant lastPollAt,
        @JsonbProperty("seconds_since_poll") Long secondsSincePoll,
        Long restarts,
        @JsonbProperty("gate_open") Boolean gateOpen,
        @JsonbProperty("in_flight") Integer inFlight,
        @JsonbProperty("dead_lettered") Long deadLettered) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public boolean up() {
        return UP.equals(status);
    }
}
