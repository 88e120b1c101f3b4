package ai.alquimista.nigredo.canais;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One message Disparo hands to a channel adapter. {@code destinatario} is an E.164 phone ({@code +5511…}) for
 * WhatsApp and a normalised address for e-mail; {@code modelo} is set when WhatsApp must send a template;
 * {@code idempotencyKey} (lead + campanha + etapa) lets a provider that supports it drop a repeat; {@code anexos} go
 * only with an e-mail.
 */
public record MensagemDeSaida(
        UUID envioId,
        UUID tenantId,
        CanalDeEnvio canal,
        String destinatario,
        String assunto,
        String corpo,
        Optional<ModeloWhatsapp> modelo,
        String idempotencyKey,
        Optional<URI> descadastro,
        List<Anexo> anexos) {

    /** A message without attachments, as every campaign message is. */
    public MensagemDeSaida(
            UUID envioId,
            UUID tenantId,
            CanalDeEnvio canal,
            String destinatario,
            String assunto,
            String corpo,
            Optional<ModeloWhatsapp> modelo,
            String idempotencyKey,
            Optional<URI> descadastro) {
        this(envioId, tenantId, canal, destinatario, assunto, corpo, modelo, idempotencyKey, descadastro, List.of());
    }

    public MensagemDeSaida {
        Objects.requireNonNull(envioId, "envioId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(canal, "canal");
        Objects.requireNonNull(destinatario, "destinatario");
        Objects.requireNonNull(corpo, "corpo");
        Objects.requireNonNull(modelo, "modelo");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(descadastro, "descadastro");
        anexos = List.copyOf(anexos);
        if (!anexos.isEmpty() && canal != CanalDeEnvio.email) {
            throw new IllegalArgumentException("only an e-mail carries attachments, not " + canal);
        }
    }
}
