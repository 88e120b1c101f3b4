package ai.alquimista.fibonacci.outbox.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many dead outbox rows an operator's retry made due again. */
@Schema(description = "How many dead outbox rows were made due again")
public record RetriedOutbox(int retried) {}
