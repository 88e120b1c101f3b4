/** The channels a message goes out through: the {@code Transmissor} port and its adapters (sandbox, WhatsApp Cloud API, SMTP), and the sandbox's inbox where a person plays the lead. */
package ai.alquimista.nigredo.canais;
