package ai.alquimista.nigredo.canais;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What a channel adapter made of one message: Disparo decides the envio's next state from it. */
public sealed interface ResultadoDoEnvio {

    /** Accepted by the provider; {@code waId} is the WhatsApp id the Cloud API returned for the contact. */
    record Enviado(String providerMessageId, Optional<String> waId) implements ResultadoDoEnvio {
        public Enviado {
            Objects.requireNonNull(providerMessageId, "providerMessageId");
            Objects.requireNonNull(waId, "waId");
        }
    }

    /** Transient: throughput or pair-rate limits, provider outage. Try again after {@code espera}. */
    record TentarDepois(String motivo, Duration espera) implements ResultadoDoEnvio {}

    /**
     * The provider may or may not have taken the message: the request went out but no definite answer came back (a
     * read timeout, a connection reset after the request was written, a server error). Never re-sent blindly.
     */
    record Incerto(String motivo) implements ResultadoDoEnvio {
        public Incerto {
            Objects.requireNonNull(motivo, "motivo");
        }
    }

    /** The recipient must never be contacted again (e.g. WhatsApp 131050: stopped marketing messages). */
    record Bloquear(String motivo) implements ResultadoDoEnvio {}

    /** Permanent: this message can never succeed as it is (invalid number, rejected template, bad address). */
    record Falhou(String motivo) implements ResultadoDoEnvio {}
}
