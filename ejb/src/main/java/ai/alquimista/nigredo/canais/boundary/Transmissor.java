package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import java.util.Optional;

/**
 * The port a channel adapter implements. An adapter never throws for a provider's answer: it classifies it
 * as a {@link ResultadoDoEnvio}. It throws only for a bug or a broken configuration.
 */
public interface Transmissor {

    ResultadoDoEnvio transmitir(MensagemDeSaida mensagem);

    /**
     * The provider account this adapter sends through, the key of its circuit ({@link Circuitos}): e.g. {@code
     * whatsapp:<phone number id>} or {@code email:<smtp host>:<port>}. Empty for a channel with no remote provider (the
     * sandbox), which has no circuit.
     */
    default Optional<String> conta() {
        return Optional.empty();
    }
}
