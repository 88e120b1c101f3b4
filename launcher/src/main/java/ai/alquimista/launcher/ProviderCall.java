package ai.alquimista.launcher;

import java.time.Instant;

/**
 * One message a local provider took: from which account (the WhatsApp phone number id; the SMTP envelope sender),
 * to whom, for which envio (WhatsApp's {@code biz_opaque_callback_data}, the e-mail's {@code X-Alquimista-Envio}),
 * under which provider id (the {@code wamid} it answered; the e-mail's Message-ID), when, and from which application
 * instance ({@code instance}: the bearer token of a WhatsApp request, the envelope sender of an e-mail; the suite gives
 * each instance its own).
 */
record ProviderCall(String account, String recipient, String envioId, String messageId, Instant at, String instance) {}
