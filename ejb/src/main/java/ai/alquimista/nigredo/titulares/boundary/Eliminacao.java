package ai.alquimista.nigredo.titulares.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an erasure did: the person's suppression entry (titular), the leads anonymised (they stay, for the funnel's
 * counts) and how many rows each place had changed.
 *
 * @param identificador the identifier asked for, masked
 */
public record Eliminacao(
        UUID titular,
        String identificador,
        List<UUID> leads,
        @JsonbProperty("anonimizados") Map<String, Integer> anonimizados) {}
