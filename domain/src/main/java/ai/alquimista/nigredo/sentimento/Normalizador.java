package ai.alquimista.nigredo.sentimento;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a WhatsApp or e-mail reply into the tokens the rules read: lower case without accents, elongations collapsed
 * ("simmm" → "sim", "nãooo" → "nao"), chat abbreviations spelled out ("vc" → "voce", "pq" → "porque"), emoji and
 * emoticons as cue tokens ({@code emoji_pos}, {@code emoji_neg}, {@code emoji_raiva}, {@code emoji_nao}), and clause
 * boundaries (, . ; : ! ?) as {@link #FIM} tokens. What the text shouts is kept aside: exclamation marks and words in
 * capitals.
 */
public final class Normalizador {

    /** A clause boundary: negation and phrases never cross it. */
    public static final String FIM = "|";

    private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
    private static final Pattern ALONGAMENTO = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern DOBRA_FINAL = Pattern.compile("([a-z])\\1$");
    private static final Pattern RISO = Pattern.compile("^(k+|(ha)+h?|(rs)+|(he)+)$");

    private static final Map<String, String> ABREVIACOES = Map.ofEntries(
            Map.entry("vc", "voce"),
            Map.entry("vcs", "voces"),
            Map.entry("vces", "voces"),
            Map.entry("c", "voce"),
            Map.entry("pq", "porque"),
            Map.entry("blz", "beleza"),
            Map.entry("tb", "tambem"),
            Map.entry("tbm", "tambem"),
            Map.entry("tmb", "tambem"),
            Map.entry("n", "nao"),
            Map.entry("nn", "nao"),
            Map.entry("naum", "nao"),
            Map.entry("q", "que"),
            Map.entry("msg", "mensagem"),
            Map.entry("msgs", "mensagens"),
            Map.entry("obg", "obrigado"),
            Map.entry("obgd", "obrigado"),
            Map.entry("obgda", "obrigada"),
            Map.entry("brigado", "obrigado"),
            Map.entry("brigada", "obrigada"),
            Map.entry("vlw", "valeu"),
            Map.entry("td", "tudo"),
            Map.entry("hj", "hoje"),
            Map.entry("agr", "agora"),
            Map.entry("mto", "muito"),
            Map.entry("mt", "muito"),
            Map.entry("mtu", "muito"),
            Map.entry("mta", "muita"),
            Map.entry("qnd", "quando"),
            Map.entry("qdo", "quando"),
            Map.entry("qndo", "quando"),
            Map.entry("qto", "quanto"),
            Map.entry("pfv", "por favor"),
            Map.entry("pfvr", "por favor"),
            Map.entry("pf", "por favor"),
            Map.entry("pls", "por favor"),
            Map.entry("plz", "por favor"),
            Map.entry("please", "por favor"),
            Map.entry("cmg", "comigo"),
            Map.entry("ctz", "certeza"),
            Map.entry("ta", "esta"),
            Map.entry("to", "estou"),
            Map.entry("tou", "estou"),
            Map.entry("eh", "e"),
            Map.entry("nd", "nada"),
            Map.entry("ngm", "ninguem"),
            Map.entry("dps", "depois"),
            Map.entry("vdd", "verdade"),
            Map.entry("whats", "whatsapp"),
            Map.entry("zap", "whatsapp"),
            Map.entry("wpp", "whatsapp"),
            Map.entry("ss", "sim"),
            Map.entry("vamo", "vamos"),
            Map.entry("bjs", "beijos"),
            Map.entry("abs", "abraco"),
            Map.entry("add", "adicionar"),
            Map.entry("kd", "cade"),
            Map.entry("tmj", "tamo junto"),
            Map.entry("flw", "falou"),
            Map.entry("qq", "qualquer"),
            Map.entry("qual", "qual"),
            Map.entry("oq", "o que"),
            Map.entry("pra", "pra"),
            Map.entry("pro", "pro"));

    private Normalizador() {}

    public static TextoNormalizado normalizar(String texto) {
        String semEmoji = emojiComoPalavras(texto);
        List<String> tokens = new ArrayList<>();
        List<Boolean> maiusculas = new ArrayList<>();
        int exclamacoes = 0;
        List<String> perguntas = new ArrayList<>();
        int inicioDaOracao = 0;
        int i = 0;
        int n = semEmoji.length();
        while (i < n) {
            int cp = semEmoji.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '_') {
                int inicio = i;
                while (i < n) {
                    int c = semEmoji.codePointAt(i);
                    if (!(Character.isLetterOrDigit(c) || c == '_')) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                String palavra = semEmoji.substring(inicio, i);
                boolean gritada = emMaiusculas(palavra);
                for (String t : palavras(palavra)) {
                    tokens.add(t);
                    maiusculas.add(gritada);
                }
                continue;
            }
            if (cp == '!' || cp == '?' || cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '\n') {
                exclamacoes += cp == '!' ? 1 : 0;
                if (cp == '?' && inicioDaOracao < tokens.size()) {
                    perguntas.add(String.join(" ", tokens.subList(inicioDaOracao, tokens.size())));
                }
                if (!tokens.isEmpty() && !FIM.equals(tokens.get(tokens.size() - 1))) {
                    tokens.add(FIM);
                    maiusculas.add(false);
                }
                inicioDaOracao = tokens.size();
            }
            i += Character.charCount(cp);
        }
        return new TextoNormalizado(tokens, maiusculas, exclamacoes, perguntas);
    }

    /** One written word as the tokens the rules read (an abbreviation may become two: "pfv" → "por favor"). */
    private static List<String> palavras(String palavra) {
        String t = MARCAS.matcher(Normalizer.normalize(palavra.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        if (t.startsWith("emoji_")) {
            return List.of(t);
        }
        if (RISO.matcher(t).matches()) {
            return List.of("risos");
        }
        t = ALONGAMENTO.matcher(t).replaceAll("$1");
        if (t.length() > 3 && !t.endsWith("ss") && !t.endsWith("rr")) {
            t = DOBRA_FINAL.matcher(t).replaceAll("$1");
        }
        String expandida = ABREVIACOES.getOrDefault(t, t);
        return List.of(expandida.split(" "));
    }

    /** Shouting: a word of two or more letters, all of them capitals. */
    private static boolean emMaiusculas(String palavra) {
        long letras = palavra.codePoints().filter(Character::isLetter).count();
        return letras >= 2 && palavra.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Emoji and emoticons become words the lexicon weighs; other symbols are dropped by tokenisation. */
    private static String emojiComoPalavras(String texto) {
        StringBuilder out = new StringBuilder(texto.length() + 16);
        String t = texto.replace(":-)", " emoji_pos ")
                .replace(":)", " emoji_pos ")
                .replace(":D", " emoji_pos ")
                .replace(";)", " emoji_pos ")
                .replace(":-(", " emoji_neg ")
                .replace(":(", " emoji_neg ")
                .replace("<3", " emoji_pos ");
        t.codePoints().forEach(cp -> {
            String cue = Emoji.cue(cp);
            if (cue == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(' ').append(cue).append(' ');
            }
        });
        return out.toString();
    }

    /** The emoji leads use in replies, by what they say. */
    private static final class Emoji {

        private static final String POSITIVOS = "👍🙌👏😍😀😃😄😁😊🙂❤♥💙💚🤝✅🚀🔥😉🥰👌🤩😎💪🙏😆🤗✨🎉👊";
        private static final String NEGATIVOS = "😒😞😔😕🙁☹😢😭😩😫😤🙄";
        private static final String RAIVA = "😡🤬😠🖕💢👿";
        private static final String NAO = "👎❌🚫⛔";

        private static String cue(int cp) {
            String s = new String(Character.toChars(cp));
            if (NAO.contains(s)) {
                return "emoji_nao";
            }
            if (RAIVA.contains(s)) {
                return "emoji_raiva";
            }
            if (NEGATIVOS.contains(s)) {
                return "emoji_neg";
            }
            if (POSITIVOS.contains(s)) {
                return "emoji_pos";
            }
            return null;
        }
    }
}
