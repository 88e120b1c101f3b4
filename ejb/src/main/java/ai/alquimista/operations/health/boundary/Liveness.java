package ai.alquimista.operations.health.boundary;

/** What {@code GET /health/live} answers: the process answers. */
public record Liveness(boolean ok) {}
