package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.disparo.events.MensagemEnviada;
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
        Instant enviadoEm) {

    public MensagemEnviada evento() {
        return new MensagemEnviada(
                envioId, campanhaId, leadId, etapa, variante, canal.name(), providerMessageId, enviadoEm);
    }
}
