package ai.alquimista.nigredo.titulares.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.UUID;

/**
 * The answer to an opt-out by API.
 *
 * @param alterado false when the lead had already opted out: nothing changed and nothing was sent
 * @param envioId the confirmation's send (Disparo), null when nothing was sent
 */
public record DescadastroFeito(
        @JsonbProperty("lead_id") UUID leadId,
        String status,
        boolean alterado,
        @JsonbProperty("canal_da_confirmacao") String canalDaConfirmacao,
        @JsonbProperty("envio_id") UUID envioId) {}
