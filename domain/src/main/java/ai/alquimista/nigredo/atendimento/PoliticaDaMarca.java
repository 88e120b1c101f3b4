package ai.alquimista.nigredo.atendimento;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.atendimento.Violacao.Regra;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tenant's brand policy for Atendimento's replies, from its activation settings: the tone, the words and claims
 * the brand never uses, the longest reply, the signature, and whether every reply waits for a person's approval. A
 * reply never says it is a robot, a bot or an AI (seed 001 §5.4), whatever the settings say.
 *
 * @param tom the tone of voice ({@code tom})
 * @param palavrasProibidas words the brand never uses ({@code palavras_proibidas}), matched as whole words, whatever
 *     their case and accents
 * @param alegacoesProibidas claims the brand never makes ({@code alegacoes_proibidas}, e.g. "garantimos", "100%"),
 *     matched the same way
 * @param tamanhoMaximo the longest reply, signature included, in characters ({@code tamanho_maximo})
 * @param assinatura the signature added under every reply ({@code assinatura}); empty for none
 * @param modoAprovacao every reply waits in the review queue for a person ({@code modo_aprovacao})
 */
public record PoliticaDaMarca(
        TomDaMarca tom,
        List<String> palavrasProibidas,
        List<String> alegacoesProibidas,
        int tamanhoMaximo,
        String assinatura,
        boolean modoAprovacao) {

    public static final String TOM = "tom";
    public static final String PALAVRAS_PROIBIDAS = "palavras_proibidas";
    public static final String ALEGACOES_PROIBIDAS = "alegacoes_proibidas";
    public static final String TAMANHO_MAXIMO = "tamanho_maximo";
    public static final String ASSINATURA = "assinatura";
    public static final String MODO_APROVACAO = "modo_aprovacao";

    /** A comfortable WhatsApp message; WhatsApp itself takes up to 4,096 characters. */
    public static final int TAMANHO_PADRAO = 600;

    public static final int TAMANHO_MINIMO = 80;
    public static final int TAMANHO_LIMITE = 4096;
    public static final int MAXIMO_DE_TERMOS = 50;
    public static final int TAMANHO_DO_TERMO = 60;
    public static final int TAMANHO_DA_ASSINATURA = 200;
    /** The least room a signature must leave for the reply itself. */
    public static final int CORPO_MINIMO = 60;

    private static final String SEPARADOR_DA_ASSINATURA = "\n\n";

    /** Saying it is a machine, on folded text (lower case, no accents), as whole words. */
    private static final Pattern ROBO =
            Texto.palavras("robo|robos|robozinho|robozinha|bot|bots|chatbot|chatbots|chat bot"
                    + "|chat bots|inteligencia artificial|inteligencias artificiais|artificial intelligence"
                    + "|(assistente|assistentes|atendente|atendentes|agente) (virtual|virtuais|digital|digitais|automatico"
                    + "|automatica|automatizado|automatizada|de ia)"
                    + "|sou (um|uma) (programa|software|maquina|sistema|algoritmo|modelo|computador|aplicativo)"
                    + "|(sou|uma|pela|por) ia|modelo de linguagem|modelos de linguagem|language model|llm|chatgpt|gpt|openai"
                    + "|(mensagem|resposta|mensagens|respostas) (automatica|automaticas|automatizada|automatizadas)"
                    + "|(gerada|gerado|escrita|escrito|redigida|redigido) (automaticamente|por (uma )?(ia|maquina|computador))"
                    + "|nao sou (humano|humana|uma pessoa|gente)|nao e (um humano|uma pessoa real)");
    /** The acronyms, on the original text: upper case only, so "eu ia te ligar" is fine. */
    private static final Pattern SIGLA_DE_IA =
            Pattern.compile("(?<![\\p{L}\\p{N}])(IA|AI|I\\.A\\.?|A\\.I\\.?)(?![\\p{L}\\p{N}])");

    public PoliticaDaMarca {
        Objects.requireNonNull(tom, "tom");
        palavrasProibidas = List.copyOf(palavrasProibidas);
        alegacoesProibidas = List.copyOf(alegacoesProibidas);
        assinatura = assinatura == null ? "" : assinatura.strip();
        if (tamanhoMaximo < 1) {
            throw new IllegalArgumentException("tamanhoMaximo deve ser maior que zero: " + tamanhoMaximo);
        }
    }

    /** Consultive tone, nothing forbidden but the robot, 600 characters, no signature, replies go out directly. */
    public static PoliticaDaMarca padrao() {
        return new PoliticaDaMarca(TomDaMarca.consultivo, List.of(), List.of(), TAMANHO_PADRAO, "", false);
    }

    /**
     * The policy in the tenant's Atendimento settings; an absent (or null) key keeps the {@linkplain #padrao()
     * default}, as do absent settings; keys of other features are ignored.
     *
     * @throws IllegalArgumentException naming every wrong key ({@link #problemas}); activation refuses such settings,
     *     so only settings stored before this check can hold them
     */
    public static PoliticaDaMarca de(JsonObject settings) {
        List<Violation> problemas = problemas(settings);
        if (!problemas.isEmpty()) {
            throw new IllegalArgumentException(
                    problemas.stream().map(p -> p.field() + ": " + p.problem()).collect(Collectors.joining("; ")));
        }
        return ler(settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings);
    }

    /**
     * What is wrong with the brand-policy keys of Atendimento's settings, one {@link Violation} per problem with the
     * field as {@code settings.<key>} and a pt-BR reason; empty when they can be used. Types, sizes (at most {@value
     * #MAXIMO_DE_TERMOS} words and claims of at most {@value #TAMANHO_DO_TERMO} characters, a signature of at most
     * {@value #TAMANHO_DA_ASSINATURA} characters that leaves {@value #CORPO_MINIMO} for the reply, a maximum length of
     * {@value #TAMANHO_MINIMO} to {@value #TAMANHO_LIMITE}), the tone among {@link TomDaMarca}, no control characters
     * (line breaks only in the signature), and a signature that does not itself break the policy.
     */
    public static List<Violation> problemas(JsonObject settings) {
        List<Violation> problemas = new ArrayList<>();
        if (settings == null) {
            return problemas;
        }
        JsonValue tom = valor(settings, TOM);
        if (tom != null && !(tom instanceof JsonString texto && tomValido(texto.getString()))) {
            problemas.add(problema(
                    TOM,
                    "deve ser um destes: "
                            + Arrays.stream(TomDaMarca.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        termos(settings, PALAVRAS_PROIBIDAS, problemas);
        termos(settings, ALEGACOES_PROIBIDAS, problemas);
        JsonValue tamanho = valor(settings, TAMANHO_MAXIMO);
        boolean tamanhoValido = tamanho == null
                || tamanho instanceof JsonNumber numero
                        && numero.isIntegral()
                        && numero.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(TAMANHO_MINIMO)) >= 0
                        && numero.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(TAMANHO_LIMITE)) <= 0;
        if (!tamanhoValido) {
            problemas.add(problema(
                    TAMANHO_MAXIMO,
                    "deve ser um número inteiro entre " + TAMANHO_MINIMO + " e " + TAMANHO_LIMITE + " (caracteres)"));
        }
        JsonValue assinatura = valor(settings, ASSINATURA);
        if (assinatura != null) {
            if (!(assinatura instanceof JsonString texto)) {
                problemas.add(problema(ASSINATURA, "deve ser um texto"));
            } else if (texto.getString().strip().length() > TAMANHO_DA_ASSINATURA) {
                problemas.add(problema(ASSINATURA, "deve ter no máximo " + TAMANHO_DA_ASSINATURA + " caracteres"));
            } else if (Texto.temControle(texto.getString().replace("\r\n", "\n"), true)) {
                problemas.add(problema(ASSINATURA, "não pode ter caracteres de controle (só quebras de linha)"));
            } else {
                // the signature against the parts of the policy that are right, so every problem shows at once
                PoliticaDaMarca politica = new PoliticaDaMarca(
                        TomDaMarca.consultivo,
                        semProblema(problemas, PALAVRAS_PROIBIDAS) ? lista(settings, PALAVRAS_PROIBIDAS) : List.of(),
                        semProblema(problemas, ALEGACOES_PROIBIDAS) ? lista(settings, ALEGACOES_PROIBIDAS) : List.of(),
                        tamanho != null && tamanhoValido ? ((JsonNumber) tamanho).intValueExact() : TAMANHO_PADRAO,
                        texto.getString().replace("\r\n", "\n"),
                        false);
                if (politica.tamanhoDoCorpo() < CORPO_MINIMO) {
                    problemas.add(problema(
                            ASSINATURA,
                            "deixa " + Math.max(0, politica.tamanhoDoCorpo()) + " caracteres para a resposta; "
                                    + TAMANHO_MAXIMO + " (" + politica.tamanhoMaximo()
                                    + ") deve deixar ao menos " + CORPO_MINIMO));
                }
                politica.violacoes(politica.assinatura()).stream()
                        .filter(v -> v.regra() != Regra.tamanho_maximo)
                        .forEach(v -> problemas.add(problema(ASSINATURA, v.motivo())));
            }
        }
        JsonValue aprovacao = valor(settings, MODO_APROVACAO);
        if (aprovacao != null && aprovacao != JsonValue.TRUE && aprovacao != JsonValue.FALSE) {
            problemas.add(problema(MODO_APROVACAO, "deve ser true ou false"));
        }
        return problemas;
    }

    /**
     * Every way the text breaks this policy, each with a pt-BR reason; empty when it can go out. Check the text as it
     * will be sent, that is {@link #assinada signed}.
     */
    public List<Violacao> violacoes(String texto) {
        List<Violacao> violacoes = new ArrayList<>();
        if (texto == null || texto.isBlank()) {
            violacoes.add(new Violacao(Regra.vazia, "a resposta está vazia"));
            return violacoes;
        }
        String dobrado = Texto.dobrar(texto);
        List<String> ditos = new ArrayList<>();
        Matcher robo = ROBO.matcher(dobrado);
        while (robo.find()) {
            ditos.add(texto.substring(robo.start(), robo.end()));
        }
        Matcher sigla = SIGLA_DE_IA.matcher(texto);
        while (sigla.find()) {
            ditos.add(sigla.group());
        }
        if (!ditos.isEmpty()) {
            violacoes.add(new Violacao(
                    Regra.robo,
                    "diz ser um robô, um bot ou uma inteligência artificial (" + citar(ditos)
                            + "); a resposta nunca menciona isso"));
        }
        for (String palavra : palavrasProibidas) {
            if (Texto.frase(palavra).matcher(dobrado).find()) {
                violacoes.add(
                        new Violacao(Regra.palavra_proibida, "usa a palavra proibida pela marca \"" + palavra + "\""));
            }
        }
        for (String alegacao : alegacoesProibidas) {
            if (Texto.frase(alegacao).matcher(dobrado).find()) {
                violacoes.add(new Violacao(
                        Regra.alegacao_proibida, "faz a alegação proibida pela marca \"" + alegacao + "\""));
            }
        }
        if (texto.length() > tamanhoMaximo) {
            violacoes.add(new Violacao(
                    Regra.tamanho_maximo,
                    "tem " + texto.length() + " caracteres, acima do máximo de " + tamanhoMaximo));
        }
        return violacoes;
    }

    /** The text, trimmed, with the signature under it after a blank line (unless it already ends with it). */
    public String assinada(String texto) {
        String corpo = texto == null ? "" : texto.strip();
        if (assinatura.isEmpty() || corpo.endsWith(assinatura)) {
            return corpo;
        }
        return corpo.isEmpty() ? assinatura : corpo + SEPARADOR_DA_ASSINATURA + assinatura;
    }

    /** The room left for the reply itself once the signature is added. */
    public int tamanhoDoCorpo() {
        return assinatura.isEmpty()
                ? tamanhoMaximo
                : tamanhoMaximo - assinatura.length() - SEPARADOR_DA_ASSINATURA.length();
    }

    private static PoliticaDaMarca ler(JsonObject settings) {
        PoliticaDaMarca padrao = padrao();
        JsonValue tom = valor(settings, TOM);
        JsonValue tamanho = valor(settings, TAMANHO_MAXIMO);
        JsonValue assinatura = valor(settings, ASSINATURA);
        return new PoliticaDaMarca(
                tom == null ? padrao.tom() : TomDaMarca.valueOf(((JsonString) tom).getString()),
                lista(settings, PALAVRAS_PROIBIDAS),
                lista(settings, ALEGACOES_PROIBIDAS),
                tamanho == null ? padrao.tamanhoMaximo() : ((JsonNumber) tamanho).intValueExact(),
                assinatura == null ? "" : ((JsonString) assinatura).getString().replace("\r\n", "\n"),
                valor(settings, MODO_APROVACAO) == JsonValue.TRUE);
    }

    private static void termos(JsonObject settings, String campo, List<Violation> problemas) {
        JsonValue valor = valor(settings, campo);
        if (valor == null) {
            return;
        }
        if (!(valor instanceof JsonArray termos)) {
            problemas.add(problema(campo, "deve ser uma lista de textos"));
            return;
        }
        if (termos.size() > MAXIMO_DE_TERMOS) {
            problemas.add(problema(campo, "deve ter no máximo " + MAXIMO_DE_TERMOS + " itens: tem " + termos.size()));
            return;
        }
        for (int i = 0; i < termos.size(); i++) {
            String onde = campo + "[" + i + "]";
            if (!(termos.get(i) instanceof JsonString termo)) {
                problemas.add(problema(onde, "deve ser um texto"));
            } else if (termo.getString().strip().length() > TAMANHO_DO_TERMO) {
                problemas.add(problema(onde, "deve ter no máximo " + TAMANHO_DO_TERMO + " caracteres"));
            } else if (Texto.temControle(termo.getString(), false)) {
                problemas.add(problema(onde, "não pode ter caracteres de controle"));
            } else if (termo.getString().codePoints().noneMatch(Character::isLetterOrDigit)) {
                problemas.add(problema(onde, "deve ter ao menos uma letra ou um número"));
            }
        }
    }

    private static List<String> lista(JsonObject settings, String campo) {
        JsonValue valor = valor(settings, campo);
        if (valor == null) {
            return List.of();
        }
        return ((JsonArray) valor)
                .getValuesAs(JsonString.class).stream()
                        .map(termo -> termo.getString().strip())
                        .distinct()
                        .toList();
    }

    private static boolean semProblema(List<Violation> problemas, String campo) {
        return problemas.stream().noneMatch(p -> p.field().startsWith("settings." + campo));
    }

    private static JsonValue valor(JsonObject settings, String campo) {
        JsonValue valor = settings.get(campo);
        return valor == null || valor.getValueType() == JsonValue.ValueType.NULL ? null : valor;
    }

    private static boolean tomValido(String tom) {
        return Arrays.stream(TomDaMarca.values()).anyMatch(t -> t.name().equals(tom));
    }

    private static Violation problema(String campo, String problema) {
        return new Violation("settings." + campo, problema);
    }

    private static String citar(List<String> ditos) {
        return ditos.stream().distinct().map(d -> "\"" + d + "\"").collect(Collectors.joining(", "));
    }
}
