package ai.alquimista.nigredo.titulares.boundary;

import jakarta.json.bind.annotation.JsonbProperty;

/** The tenant's LGPD figures for the Privacidade screen. */
public record ResumoDosTitulares(
        @JsonbProperty("pessoas_suprimidas") long pessoasSuprimidas) {}
