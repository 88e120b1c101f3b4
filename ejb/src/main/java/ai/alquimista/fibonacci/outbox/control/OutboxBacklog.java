package ai.alquimista.fibonacci.outbox.control;

import java.time.Duration;

/**
 * How far behind the outbox is: rows still to be sent, the age of the oldest of them (zero when none), dead rows.
 */
public record OutboxBacklog(long pending, Duration lag, long dead) {}
