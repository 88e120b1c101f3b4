package ai.alquimista.fibonacci.outbox.boundary;

import java.util.UUID;

/** Fired inside the writing transaction; observed after it commits to relay at once. */
public record OutboxWritten(UUID outboxMessageId) {}
