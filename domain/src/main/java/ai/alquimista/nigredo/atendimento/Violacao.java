package ai.alquimista.nigredo.atendimento;

import java.util.Objects;

/**
 * One way a reply breaks the brand policy: which rule, and a pt-BR reason naming what was wrong, shown in the review
 * queue.
 */
public record Violacao(Regra regra, String motivo) {

    public Violacao {
        Objects.requireNonNull(regra, "regra");
        Objects.requireNonNull(motivo, "motivo");
    }

    /** The rules of {@link PoliticaDaMarca}; spelled as the API carries them. */
    public enum Regra {
        /** It says it is a robot, a bot, an AI, a virtual assistant (always forbidden, seed 001 §5.4). */
        robo,
        palavra_proibida,
        alegacao_proibida,
        tamanho_maximo,
        vazia
    }
}
