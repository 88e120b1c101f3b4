package ai.alquimista.operations.queues.boundary;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A queue as the console shows it: its depths as SQS reports them ({@link QueueDepth}), how many messages went in and
 * out per minute over the last five minutes, and for how long the oldest event still waiting for its agent has waited
 * (absent when none waits).
 */
public record QueueOverview(
        String queue,
        String name,
        long visible,
        @JsonbProperty("in_flight") long inFlight,
        long delayed,
        @JsonbProperty("dead_letters") long deadLetters,
        @JsonbProperty("in_per_minute") double inPerMinute,
        @JsonbProperty("out_per_minute") double outPerMinute,
        @JsonbProperty("oldest_waiting_seconds") Long oldestWaitingSeconds) {}
