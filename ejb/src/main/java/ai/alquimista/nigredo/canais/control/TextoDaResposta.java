package ai.alquimista.nigredo.canais.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The words a lead wrote in a reply, without the earlier message the mail client quoted under it: lines from a quote
 * header on ("Em qua., 25 de nov. de 2026 às 10:00, Alquimista &lt;…&gt; escreveu:", "On … wrote:", Outlook's
 * "-----Mensagem original-----" / "-----Original Message-----" and its "De:/Enviado:" block, a signature's "-- "),
 * and lines starting with "&gt;". At most {@link #MAXIMO} characters.
 */
public final class TextoDaResposta {

    public static final int MAXIMO = 4000;

    private static final Pattern CITACAO = Pattern.compile("^\\s*>.*");
    private static final Pattern ORIGINAL = Pattern.compile(
            "^\\s*-{2,}\\s*(mensagem original|original message|mensagem encaminhada|forwarded message)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARADOR_OUTLOOK = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern DE = Pattern.compile("^\\s*\\*?(de|from)\\s*:\\*?\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CABECALHO_OUTLOOK = Pattern.compile(
            "^\\s*\\*?(enviad[oa]( em)?|data|sent|date|para|to|assunto|subject)\\s*:\\*?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EM_ESCREVEU_INICIO = Pattern.compile("^\\s*(em|on)\\s.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EM_ESCREVEU_FIM =
            Pattern.compile(".*\\s(escreveu|wrote)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSINATURA = Pattern.compile("^-- ?$");
    private static final int LINHAS_DO_CABECALHO = 3;

    private TextoDaResposta() {}

    /** The reply's own words from a text/plain body. */
    public static String daMensagem(String corpo) {
        String[] linhas = corpo.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\u0000", "")
                .split("\n", -1);
        List<String> proprias = new ArrayList<>();
        for (int i = 0; i < linhas.length; i++) {
            String linha = linhas[i];
            if (inicioDaCitacao(linhas, i)) {
                break;
            }
            if (!CITACAO.matcher(linha).matches()) {
                proprias.add(linha.stripTrailing());
            }
        }
        String texto = String.join("\n", proprias).replaceAll("\n{3,}", "\n\n").strip();
        return texto.length() <= MAXIMO ? texto : texto.substring(0, MAXIMO);
    }

    /** An HTML body as the text a reader sees: quoted blocks dropped, line breaks kept, no markup. */
    public static String deHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select("blockquote, div.gmail_quote, div#appendonsend, div#divRplyFwdMsg, head, style, script")
                .remove();
        // wholeText() writes a <br> as a line break itself; block elements get theirs here
        for (Element bloco : document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6")) {
            bloco.appendChild(new TextNode("\n"));
        }
        String texto = document.body() == null ? "" : document.body().wholeText();
        StringBuilder limpo = new StringBuilder();
        for (String linha : texto.split("\n", -1)) {
            limpo.append(linha.replaceAll("[ \\t\\u00a0]+", " ").strip()).append('\n');
        }
        return limpo.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean inicioDaCitacao(String[] linhas, int i) {
        String linha = linhas[i];
        if (ORIGINAL.matcher(linha).matches() || ASSINATURA.matcher(linha).matches()) {
            return true;
        }
        if (SEPARADOR_OUTLOOK.matcher(linha).matches()
                && i + 1 < linhas.length
                && DE.matcher(linhas[i + 1]).matches()) {
            return true;
        }
        if (DE.matcher(linha).matches()
                && i + 1 < linhas.length
                && CABECALHO_OUTLOOK.matcher(linhas[i + 1]).matches()) {
            return true;
        }
        if (EM_ESCREVEU_INICIO.matcher(linha).matches()) {
            StringBuilder cabecalho = new StringBuilder();
            for (int j = i; j < Math.min(linhas.length, i + LINHAS_DO_CABECALHO); j++) {
                cabecalho.append(' ').append(linhas[j].strip());
                if (EM_ESCREVEU_FIM.matcher(cabecalho).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
