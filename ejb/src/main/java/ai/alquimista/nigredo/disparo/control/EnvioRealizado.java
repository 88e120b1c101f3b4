package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import java.time.Instant;
import java.util.UUID;

/** A message the provider accepted: what {@code nigredo.disparo.sent} tells the rest of the pipeline. */
public record EnvioRealizado(
        UUID envioId,
        UUID tenantId,
        UUID campanhaId,
        UUID leadId,
        String etapa,
        String variante,
        CanalDeEnvio canal,
        String providerMessageId,
        Instant enviadoEm) {}
