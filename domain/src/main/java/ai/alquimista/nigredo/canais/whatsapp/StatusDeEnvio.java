package ai.alquimista.nigredo.canais.whatsapp;

import java.time.Instant;
import java.util.Optional;

/**
 * One of a change's {@code statuses[]}: what became of a message we sent ({@code wamid}, as the Cloud API returned
 * it when Disparo sent it).
 *
 * @param status sent, delivered, read or failed; another value Meta may add is kept as it came
 */
public record StatusDeEnvio(String wamid, String status, Optional<Instant> em, Optional<ErroMeta> erro) {

    public Optional<Entrega> entrega() {
        return Entrega.of(status);
    }
}
