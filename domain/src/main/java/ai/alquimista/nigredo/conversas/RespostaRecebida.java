package ai.alquimista.nigredo.conversas;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A lead's reply as a channel delivered it.
 *
 * @param remetente the lead's address on that channel (a phone for WhatsApp, an e-mail address)
 * @param providerMessageId the channel's id of the message (a {@code wamid}, a Message-ID): the same id is one reply
 *     however often the provider delivers it
 * @param envioId the send it answers, when the channel says so (WhatsApp's context, e-mail's In-Reply-To)
 */
public record RespostaRecebida(
        UUID tenantId,
        UUID leadId,
        String canal,
        String remetente,
        String texto,
        String providerMessageId,
        Instant recebidaEm,
        UUID envioId) {

    public RespostaRecebida {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(canal, "canal");
        Objects.requireNonNull(remetente, "remetente");
        Objects.requireNonNull(texto, "texto");
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(recebidaEm, "recebidaEm");
    }
}
