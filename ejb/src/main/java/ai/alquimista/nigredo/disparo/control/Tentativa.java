package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.MensagemDeSaida;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A send marked {@code enviando} and committed, about to be handed to its provider: the attempt's id guards the
 * record of the outcome (only this attempt's mark may be turned into its outcome).
 */
public record Tentativa(UUID id, UUID tenantId, JsonObject settings, MensagemDeSaida mensagem, Instant em) {

    public Tentativa {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(mensagem, "mensagem");
        Objects.requireNonNull(em, "em");
    }

    public UUID envioId() {
        return mensagem.envioId();
    }
}
