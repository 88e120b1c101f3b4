package ai.alquimista.nigredo.atendimento;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text helpers shared by the brand policy, the objection rules and the prompt: folding and phrase matching. */
final class Texto {

    private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
    private static final String FORA_DE_PALAVRA = "(?<![\\p{L}\\p{N}])";
    private static final String FIM_DE_PALAVRA = "(?![\\p{L}\\p{N}])";

    private Texto() {}

    /**
     * Lower case without accents, one char for one char, so an index in the folded text is the same index in the
     * original ("Não É" → "nao e").
     */
    static String dobrar(String texto) {
        StringBuilder dobrado = new StringBuilder(texto.length());
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (c < 128) {
                dobrado.append(Character.toLowerCase(c));
                continue;
            }
            String base = MARCAS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                    .replaceAll("");
            dobrado.append(base.length() == 1 ? Character.toLowerCase(base.charAt(0)) : Character.toLowerCase(c));
        }
        return dobrado.toString();
    }

    /**
     * A pattern matching the phrase in {@linkplain #dobrar folded} text as whole words: "bot" finds "Bot!" but not
     * "abotoar"; the phrase's words may be apart by any run of spaces.
     */
    static Pattern frase(String frase) {
        String[] palavras = dobrar(frase.strip()).split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String palavra : palavras) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(palavra));
        }
        String inicio = Character.isLetterOrDigit(palavras[0].charAt(0)) ? FORA_DE_PALAVRA : "";
        String ultima = palavras[palavras.length - 1];
        String fim = Character.isLetterOrDigit(ultima.charAt(ultima.length() - 1)) ? FIM_DE_PALAVRA : "";
        return Pattern.compile(inicio + regex + fim);
    }

    /** A regular expression over folded text, bounded as whole words. */
    static Pattern palavras(String regex) {
        return Pattern.compile(FORA_DE_PALAVRA + "(?:" + regex + ")" + FIM_DE_PALAVRA);
    }

    /** Whether the text has a control character other than the line feed (and, where allowed, none at all). */
    static boolean temControle(String texto, boolean permiteQuebraDeLinha) {
        return texto.chars()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL && !(permiteQuebraDeLinha && c == '\n')
                        || Character.getType(c) == Character.FORMAT
                        || c == '\u2028'
                        || c == '\u2029');
    }
}
