package ai.alquimista.nigredo.canais.whatsapp;

import java.time.Instant;
import java.util.Optional;

/**
 * One of a change's {@code statuses[]}: what became of a message we sent ({@code wamid}, as the Cloud API returned
 * it when Disparo sent it).
 *
 * @param status sent, delivered, read or failed; another value Meta may add is kept as it came
 * @param callback the {@code biz_opaque_callback_data} the message was sent with (Disparo sends the envio's id), which
 *     names the send even when its wamid never came back
 */
public record StatusDeEnvio(
        String wamid, String status, Optional<Instant> em, Optional<ErroMeta> erro, Optional<String> callback) {

    public StatusDeEnvio(String wamid, String status, Optional<Instant> em, Optional<ErroMeta> erro) {
        this(wamid, status, em, erro, Optional.empty());
    }

    public Optional<Entrega> entrega() {
        return Entrega.of(status);
    }
}
