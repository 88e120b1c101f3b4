package ai.alquimista.nigredo.titulares.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead's consent and legal-basis record. {@code registrado} is false for a lead received before records were
 * kept (then every other field is null); after an erasure the evidence is gone and {@code anonimizado_em} is set.
 */
public record ConsentimentoView(
        @JsonbProperty("lead_id") UUID leadId,
        boolean registrado,
        @JsonbProperty("base_legal") String baseLegal,
        String fonte,
        String evidencia,
        Instant data,
        @JsonbProperty("anonimizado_em") Instant anonimizadoEm) {}
