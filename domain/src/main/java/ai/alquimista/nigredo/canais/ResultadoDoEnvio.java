package ai.alquimista.nigredo.canais;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a channel adapter made of one message: Disparo decides the envio's next state from it, and the provider
 * account's circuit whether the provider is failing ({@link #provedorIndisponivel()}).
 */
public sealed interface ResultadoDoEnvio {

    /**
     * Whether the answer says the provider (the account, not this message) is failing: unreachable, a server error, a
     * timeout, throttling of the account, a revoked token. Such answers open the account's circuit; a refusal of this
     * message (an invalid number, a bad address) does not: the provider answered.
     */
    default boolean provedorIndisponivel() {
        return false;
    }

    /** Accepted by the provider; {@code waId} is the WhatsApp id the Cloud API returned for the contact. */
    record Enviado(String providerMessageId, Optional<String> waId) implements ResultadoDoEnvio {
        public Enviado {
            Objects.requireNonNull(providerMessageId, "providerMessageId");
            Objects.requireNonNull(waId, "waId");
        }
    }

    /**
     * Transient, nothing was sent: throughput or pair-rate limits, provider outage. Try again after {@code espera}.
     */
    record TentarDepois(String motivo, Duration espera, boolean provedorIndisponivel) implements ResultadoDoEnvio {

        /** A wait about this message (e.g. the pair rate limit): the provider itself is fine. */
        public TentarDepois(String motivo, Duration espera) {
            this(motivo, espera, false);
        }

        /** The provider account cannot take messages now (down, throttled, misconfigured). */
        public static TentarDepois doProvedor(String motivo, Duration espera) {
            return new TentarDepois(motivo, espera, true);
        }
    }

    /**
     * The provider may or may not have taken the message: the request went out but no definite answer came back (a
     * read timeout, a connection reset after the request was written, a server error). Never re-sent blindly.
     */
    record Incerto(String motivo, boolean provedorIndisponivel) implements ResultadoDoEnvio {
        public Incerto {
            Objects.requireNonNull(motivo, "motivo");
        }

        /** Uncertain for a reason of ours (e.g. the thread was interrupted): nothing says the provider fails. */
        public Incerto(String motivo) {
            this(motivo, false);
        }

        /** Uncertain because the provider failed to answer (a timeout, a reset, a server error). */
        public static Incerto doProvedor(String motivo) {
            return new Incerto(motivo, true);
        }
    }

    /** The recipient must never be contacted again (e.g. WhatsApp 131050: stopped marketing messages). */
    record Bloquear(String motivo) implements ResultadoDoEnvio {}

    /** Permanent: this message can never succeed as it is (invalid number, rejected template, bad address). */
    record Falhou(String motivo) implements ResultadoDoEnvio {}
}
