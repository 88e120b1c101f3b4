package ai.alquimista.nigredo.sentimento;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a reply asks to stop being contacted or to have its data removed (seed 001 §5.5: "pare", "parar", "stop",
 * "descadastre", "descadastrar", "remover", "não quero", "não tenho interesse", "lgpd", "dados pessoais", and the ways
 * people write them). The seed's words count only where they mean opt-out: a verb of stopping must stop the messages
 * ("para de mandar", not "parar de perder vendas" nor "para quando seria?"), a removal must name the person or their
 * contact ("remova meu número", not "remover o retrabalho"), "não quero" must end the clause or refuse contact ("não
 * quero mais mensagens", not "não quero perder essa oportunidade"), and an LGPD question about the product is a
 * question. Reads normalised text ({@link Normalizador}), where a clause boundary is "|".
 */
public final class DetectorDeDescadastro {

    private static final String FIM = "(?= \\||$)";

    private static final List<Pattern> REGRAS = List.of(
            Pattern.compile("\\b(stop|unsubscribe|descadastr\\w*|spam|procon|denunci\\w*)\\b"),
            Pattern.compile("\\b(pare|parem|para|parar|paro|parar?em)( \\w+)? (de|com) (me |nos |a gente )?"
                    + "(mandar|mandarem|enviar|enviarem|receber|ligar|encher|incomodar|perturbar|insistir|escrever"
                    + "|contatar|chamar|mensag\\w*|isso|essa|esse|spam)\\b"),
            Pattern.compile(
                    "\\b(pare|parem|parar|cancel\\w*|suspend\\w*|interromp\\w*) (o |a |os |as |essas |esses |de )?"
                            + "(mensag\\w*|envios?|contatos?|ligac\\w*|emails?|disparos?|comunicac\\w*)\\b"),
            Pattern.compile("\\b(pedi|falei|disse|avisei) (pra|para|que) (voces )?(parar|pararem|parem|sair"
                    + "|me (tirar|tirarem|remover|removerem|descadastrar)|nao (me )?(mandar|mandarem|mandem|enviar"
                    + "|enviem|ligar|liguem))\\b"),
            Pattern.compile("\\b(remov\\w*|exclu\\w*|apag\\w*|delet\\w*|retir\\w*|tira|tire|tirem|tirar)"
                    + " (o |a |os |as )?(meu|minha|meus|minhas|nosso|nossa|nossos|nossas|esse numero|este numero"
                    + "|esse contato|este contato|esse email)\\b"),
            Pattern.compile("\\bme (remov\\w*|exclu\\w*|apag\\w*|delet\\w*|retir\\w*)\\b"),
            Pattern.compile("\\bme (tira|tire|tirem|tirar|tirarem) (da|dessa|desta|do|dos|de|disso|daqui|dai|fora)\\b"),
            Pattern.compile("\\bme (tira|tire|tirem)" + FIM),
            Pattern.compile(
                    "\\b(sair|tirar|remover|excluir|retirar) (me )?(da|dessa|desta|do|deste|desse|de sua|da sua)"
                            + " (lista|base|cadastro|mailing|grupo)\\b"),
            Pattern.compile("\\b(sai fora|some daqui|me esquec\\w*|esquec\\w* (de mim|meu|minha|esse|este))\\b"),
            Pattern.compile(
                    "\\bbloque\\w* (esse|este|o numero|seu|voces|contato|numero|a empresa)\\b|\\bvou bloque\\w*"),
            Pattern.compile("\\b(nao|nunca mais) (me |nos )?(mande|mandem|manda|mandar|envie|enviem|envia|enviar|ligue"
                    + "|liguem|liga|ligar|escreva|escrevam|chame|chamem) (mais|nada|mensag\\w*|emails?|isso)\\b"),
            Pattern.compile("\\bnao (me |nos )?(contate|contatem|procure|procurem|incomode|incomodem|perturbe"
                    + "|perturbem|importune|importunem)\\b"),
            Pattern.compile("\\bnao (entre|entrem|entra) mais em contato\\b"),
            Pattern.compile("\\bnao (quero|queremos|desejo|desejamos)( mais)?(" + FIM + "| (receber|ser contatad\\w*"
                    + "|contato|mensag\\w*|nada|saber|obrigad\\w*|nao|comunicac\\w*|que (me |nos )?(mandem|enviem"
                    + "|liguem|entrem|contatem))\\b)"),
            Pattern.compile("\\bnao (tenho|temos) (nenhum |mais |o menor )?interesse( (nenhum|algum))?(" + FIM
                    + "| (nao|obrigad\\w*|mais|em (receber|nada|voces|seus|isso|nisso|mensag\\w*|contato)))"),
            Pattern.compile("\\b(tenho|temos) interesse nao\\b"),
            Pattern.compile("\\bchega de (mensag\\w*|contato\\w*|isso|spam|ligac\\w*|emails?|insistencia)\\b"),
            Pattern.compile("\\bcancel\\w* (a )?(minha )?inscric\\w*\\b"));

    private static final Pattern PRIVACIDADE = Pattern.compile("\\b(lgpd|dados pessoais)\\b");
    private static final Pattern CONFORMIDADE = Pattern.compile(
            "\\b(adequad\\w*|conform\\w*|compativ\\w*|atende\\w*|segue\\w*|cumpre\\w*|em dia|de acordo|seguro\\w*)\\b");

    /** A whole reply made only of one of these (and courtesy) is an opt-out: "PARE", "Stop please", "sair". */
    private static final Set<String> SOZINHAS =
            Set.of("pare", "parem", "parar", "para", "chega", "sair", "remover", "remova", "cancelar", "basta", "sai");

    private static final Set<String> CORTESIA = Set.of(
            "por",
            "favor",
            "obrigado",
            "obrigada",
            "ja",
            "agora",
            "aqui",
            "ai",
            "isso",
            "com",
            "imediatamente",
            "ok",
            "mesmo",
            "e",
            "so",
            "urgente",
            "voces");

    private DetectorDeDescadastro() {}

    public static boolean pede(TextoNormalizado texto) {
        return motivo(texto).isPresent();
    }

    /** The words that asked to stop, as the normalised text has them, or empty when the reply does not ask. */
    public static Optional<String> motivo(TextoNormalizado texto) {
        String frase = texto.frase();
        for (Pattern regra : REGRAS) {
            Matcher m = regra.matcher(frase);
            if (m.find()) {
                return Optional.of(m.group().strip());
            }
        }
        Matcher privacidade = PRIVACIDADE.matcher(frase);
        if (privacidade.find()
                && !(texto.pergunta() && CONFORMIDADE.matcher(frase).find())) {
            return Optional.of(privacidade.group());
        }
        List<String> palavras = texto.palavras();
        List<String> nucleo =
                palavras.stream().filter(p -> !CORTESIA.contains(p)).toList();
        if (!nucleo.isEmpty() && SOZINHAS.containsAll(nucleo)) {
            return Optional.of(String.join(" ", nucleo));
        }
        return Optional.empty();
    }
}
