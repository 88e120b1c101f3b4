package ai.alquimista.nigredo.recebimento.boundary;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Imports whose chain is stalled now: rows waiting with no chunk received, finished but never planned by
 * Estratégia, and those the watchdog gave up on after its last resumption.
 */
public record StalledImports(
        long receiving,
        long planning,
        @JsonbProperty("given_up") long givenUp) {}
