package ai.alquimista.nigredo.estrategia.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many of a campaign's sends are in each status; {@code enviando}: handed to the provider this instant; {@code
 * incerto}: the provider's answer never came (Disparo never sends it again by itself).
 */
@Schema(description = "How many of the campaign's sends are in each status")
public record EnviosPorStatus(
        long agendado, long enviado, long bloqueado, long falhou, long cancelado, long enviando, long incerto) {

    /** The statuses of a send, in the order of the components. */
    public static final List<String> STATUS =
            List.of("agendado", "enviado", "bloqueado", "falhou", "cancelado", "enviando", "incerto");

    public static final EnviosPorStatus NENHUM = new EnviosPorStatus(0, 0, 0, 0, 0, 0, 0);
}
