package ai.alquimista.testing;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import ai.alquimista.nigredo.canais.boundary.Transmissor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A channel adapter that keeps every message it is handed and answers as the test says: by default the provider
 * accepts it ({@code provider-1}, {@code provider-2}…, with the WhatsApp id of the phone on WhatsApp).
 */
public final class RecordingTransmissor implements Transmissor {

    private final List<MensagemDeSaida> mensagens = new ArrayList<>();
    private ResultadoDoEnvio resposta;

    @Override
    public ResultadoDoEnvio transmitir(MensagemDeSaida mensagem) {
        mensagens.add(mensagem);
        if (resposta != null) {
            return resposta;
        }
        Optional<String> waId = mensagem.canal() == CanalDeEnvio.whatsapp
                ? Optional.of(mensagem.destinatario().substring(1))
                : Optional.empty();
        return new ResultadoDoEnvio.Enviado("provider-" + mensagens.size(), waId);
    }

    /** From now on the provider answers this, whatever the message. */
    public RecordingTransmissor responde(ResultadoDoEnvio resultado) {
        this.resposta = resultado;
        return this;
    }

    /** From now on the provider accepts every message again. */
    public RecordingTransmissor aceitaTudo() {
        this.resposta = null;
        return this;
    }

    public List<MensagemDeSaida> mensagens() {
        return List.copyOf(mensagens);
    }

    public List<String> destinatarios() {
        return mensagens.stream().map(MensagemDeSaida::destinatario).toList();
    }
}
