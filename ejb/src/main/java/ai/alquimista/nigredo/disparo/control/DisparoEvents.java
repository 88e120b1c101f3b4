package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.fibonacci.events.EventSubmission;
import jakarta.json.Json;
import java.util.Optional;

/** {@code nigredo.disparo.sent}: a message reached the provider; Atendimento takes over the conversation. */
public final class DisparoEvents {

    public static final String SENT = "nigredo.disparo.sent";

    private DisparoEvents() {}

    public static EventSubmission sent(EnvioRealizado envio) {
        return new EventSubmission(
                "nigredo.atendimento",
                SENT,
                Json.createObjectBuilder()
                        .add("envio_id", envio.envioId().toString())
                        .add("campanha_id", envio.campanhaId().toString())
                        .add("lead_id", envio.leadId().toString())
                        .add("etapa", envio.etapa())
                        .add("variante", envio.variante())
                        .add("canal", envio.canal().name())
                        .add("provider_message_id", envio.providerMessageId())
                        .add("sent_at", envio.enviadoEm().toString())
                        .add("context", EventSubmission.tenantContext(envio.tenantId()))
                        .build(),
                Optional.of(envio.envioId().toString()));
    }
}
