/**
 * Conversas: a lead's reply as it arrives from any channel (WhatsApp, e-mail, the sandbox), at least once, and the
 * messages no lead could be found for (órfãs).
 */
package ai.alquimista.nigredo.conversas;
