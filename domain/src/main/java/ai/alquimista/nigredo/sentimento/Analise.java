package ai.alquimista.nigredo.sentimento;

import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import java.util.List;
import java.util.Objects;

/**
 * Sentimento's answer for one text (seed 001 §5.5): the emotion and its intensity (0–100), whether the person asked
 * to stop receiving messages (LGPD), what they want, and the words that decided it.
 */
public record Analise(
        Sentimento sentimento, int intensidade, boolean descadastro, Intencao intencao, List<String> palavrasChave) {

    public Analise {
        Objects.requireNonNull(sentimento, "sentimento");
        Objects.requireNonNull(intencao, "intencao");
        if (intensidade < 0 || intensidade > 100) {
            throw new IllegalArgumentException("intensidade must be between 0 and 100: " + intensidade);
        }
        palavrasChave = List.copyOf(palavrasChave);
    }
}
