package ai.alquimista.nigredo.conversas;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A message that reached a tenant's number or address from someone who is none of its leads. */
public record MensagemOrfa(
        UUID tenantId, String canal, String remetente, String texto, String providerMessageId, Instant recebidaEm) {

    public MensagemOrfa {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(canal, "canal");
        Objects.requireNonNull(remetente, "remetente");
        Objects.requireNonNull(texto, "texto");
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(recebidaEm, "recebidaEm");
    }
}
