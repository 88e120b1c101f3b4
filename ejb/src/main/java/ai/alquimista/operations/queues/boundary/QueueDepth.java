package ai.alquimista.operations.queues.boundary;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A queue by its logical and physical name, with its approximate depth, in-flight count, delayed count (sent with a
 * delay, or a redelivery waiting) and dead-letter depth.
 */
public record QueueDepth(
        String queue,
        String name,
        long visible,
        @JsonbProperty("in_flight") long inFlight,
        long delayed,
        @JsonbProperty("dead_letters") long deadLetters) {}
