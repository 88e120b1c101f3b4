package ai.alquimista.nigredo.sentimento;

import java.util.List;

/**
 * A reply as the rules read it: normalised tokens (clause boundaries are {@link Normalizador#FIM}), which of them were
 * written in capitals, how many exclamation marks it has and the clauses that end in a question mark.
 */
public record TextoNormalizado(List<String> tokens, List<Boolean> maiusculas, int exclamacoes, List<String> perguntas) {

    public TextoNormalizado {
        tokens = List.copyOf(tokens);
        maiusculas = List.copyOf(maiusculas);
        perguntas = List.copyOf(perguntas);
        if (tokens.size() != maiusculas.size()) {
            throw new IllegalArgumentException("one capitals flag per token");
        }
    }

    /** Whether a clause ends in a question mark. */
    public boolean pergunta() {
        return !perguntas.isEmpty();
    }

    /** The tokens joined by single spaces, for the phrase rules: {@code "nao quero | obrigado"}. */
    public String frase() {
        return String.join(" ", tokens);
    }

    /** The words only, without clause boundaries. */
    public List<String> palavras() {
        return tokens.stream().filter(t -> !Normalizador.FIM.equals(t)).toList();
    }

    /** Words written in capitals (two letters or more). */
    public int gritadas() {
        return (int) maiusculas.stream().filter(Boolean::booleanValue).count();
    }
}
