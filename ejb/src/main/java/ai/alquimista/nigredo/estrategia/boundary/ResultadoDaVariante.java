package ai.alquimista.nigredo.estrategia.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One A/B variant of a campaign: how many leads receive it, and how many of them answered. */
@Schema(description = "An A/B variant: its leads and how many of them answered")
public record ResultadoDaVariante(long leads, long responderam) {}
