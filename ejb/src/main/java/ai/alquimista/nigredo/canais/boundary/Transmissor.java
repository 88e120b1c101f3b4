package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;

/**
 * The port a channel adapter implements. An adapter never throws for a provider's answer: it classifies it
 * as a {@link ResultadoDoEnvio}. It throws only for a bug or a broken configuration.
 */
public interface Transmissor {

    ResultadoDoEnvio transmitir(MensagemDeSaida mensagem);
}
