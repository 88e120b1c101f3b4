package ai.alquimista.nigredo.atendimento;

import ai.alquimista.nigredo.interacoes.entity.InteracaoTipo;
import java.time.Instant;
import java.util.Objects;

/** One message of the conversation with a lead, as the prompt shows it: who wrote it ({@code enviado}: us). */
public record MensagemDoHistorico(InteracaoTipo tipo, String texto, Instant quando) {

    public MensagemDoHistorico {
        Objects.requireNonNull(tipo, "tipo");
        Objects.requireNonNull(quando, "quando");
        texto = texto == null ? "" : texto;
    }
}
