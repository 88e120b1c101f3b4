package ai.alquimista.nigredo.canais.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * One provider account's circuit on this instance: {@code key} (e.g. {@code whatsapp:<phone number id>}, {@code
 * email:<smtp host>:<port>}), {@code state} ({@code closed}, {@code open}, {@code half_open}), the provider's failures
 * in a row, when the circuit opened in this outage and the provider's last failure.
 */
public record Circuito(
        String key,
        String state,
        int failures,
        @JsonbProperty("opened_at") Instant openedAt,
        @JsonbProperty("last_error") String lastError) {}
