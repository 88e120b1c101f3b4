package ai.alquimista.nigredo.canais.whatsapp;

import java.time.Instant;
import java.util.Optional;

/**
 * One of a change's {@code messages[]}: what a WhatsApp user sent to the business number.
 *
 * @param de the sender's number in digits ({@code from})
 * @param waId the sender's {@code contacts[].wa_id} when the change names it
 * @param texto the text, a button's or list row's title, or a short pt-BR placeholder such as {@code [áudio]} for a
 *     message that carries no text
 * @param contexto the {@code wamid} of our message the user replied to ({@code context.id})
 */
public record MensagemRecebida(
        String wamid,
        String de,
        Optional<String> waId,
        Optional<Instant> em,
        String tipo,
        String texto,
        Optional<String> contexto) {}
