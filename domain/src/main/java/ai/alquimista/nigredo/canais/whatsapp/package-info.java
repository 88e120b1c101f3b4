/**
 * WhatsApp Cloud API webhooks as Meta posts them: the {@code X-Hub-Signature-256} check, the verification handshake's
 * challenge, the notification's messages and statuses read with JSON-P, Brazil's ninth digit, and a send's delivery
 * state that only moves forward.
 */
package ai.alquimista.nigredo.canais.whatsapp;
