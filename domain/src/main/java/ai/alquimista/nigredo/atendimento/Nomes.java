package ai.alquimista.nigredo.atendimento;

import java.util.Locale;
import java.util.regex.Pattern;

/** Names as a reply writes them: the contact's first name, the company's name on one line. */
final class Nomes {

    private static final Pattern NOME = Pattern.compile("\\p{L}[\\p{L}'’-]{0,29}");
    private static final int TAMANHO_DA_EMPRESA = 80;

    private Nomes() {}

    /**
     * The first word of the contact's name, capitalised when it came all in upper or lower case ("ANA SOUZA" → "Ana");
     * empty when it does not look like a name (digits, symbols, titles such as "Sr.").
     */
    static String primeiroNome(String nomeDoContato) {
        if (nomeDoContato == null || nomeDoContato.isBlank()) {
            return "";
        }
        String primeiro = nomeDoContato.strip().split("\\s+")[0];
        if (!NOME.matcher(primeiro).matches()) {
            return "";
        }
        boolean caixaUniforme = primeiro.equals(primeiro.toUpperCase(Locale.ROOT))
                || primeiro.equals(primeiro.toLowerCase(Locale.ROOT));
        if (!caixaUniforme) {
            return primeiro;
        }
        String minusculo = primeiro.toLowerCase(Locale.ROOT);
        return minusculo.substring(0, 1).toUpperCase(Locale.ROOT) + minusculo.substring(1);
    }

    /** The company's name on one line, without control characters or tag brackets, at most 80 characters. */
    static String empresa(String empresa) {
        if (empresa == null) {
            return "";
        }
        String linha = empresa.replaceAll("[\\p{Cc}\\p{Cf}<>]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (linha.length() <= TAMANHO_DA_EMPRESA) {
            return linha;
        }
        int corte = Character.isHighSurrogate(linha.charAt(TAMANHO_DA_EMPRESA - 1))
                ? TAMANHO_DA_EMPRESA - 1
                : TAMANHO_DA_EMPRESA;
        return linha.substring(0, corte).strip();
    }
}
