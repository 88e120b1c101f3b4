package ai.alquimista.nigredo.sentimento;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lead wants, from the phrases that say it, in order: an opt-out (decided by {@link DetectorDeDescadastro})
 * before a plain no, a no before an objection (price, timing, competitor, authority, doubt), an objection before
 * interest, interest before a question, and anything else (greetings, thanks, "ok") is {@link Intencao#outra}.
 */
public final class RegrasDeIntencao {

    /** Why an objection is raised: Atendimento answers each differently and Relatórios counts them. */
    public enum Objecao {
        preco,
        momento,
        concorrente,
        autoridade,
        duvida
    }

    /** The intent, the words that decided it, and the objection's kind when it is one. */
    public record Leitura(Intencao intencao, Optional<String> pista, Optional<Objecao> objecao) {

        static Leitura de(Intencao intencao, String pista) {
            return new Leitura(intencao, Optional.ofNullable(pista), Optional.empty());
        }
    }

    private static final Pattern RECUSA_INTEIRA = Pattern.compile("^(nao|nao obrigad\\w*|passo|dispenso|dispensamos"
            + "|nem pensar|de jeito nenhum|infelizmente nao|nao curti|nao gostei|nao rola|sem interesse|emoji_nao)"
            + "( obrigad\\w*)?$");
    private static final Pattern RECUSA = Pattern.compile("^nao( \\|)? obrigad\\w*|\\bnao (precis\\w*|rola|curti|gostei"
            + "|serve|vai dar|vamos (contratar|fechar|seguir|querer)|me interessa|interessa|faz sentido|e (pra|para)"
            + " (gente|nos|mim|nossa empresa))\\b|\\b(dispens\\w*|sem interesse|nem pensar|de jeito nenhum"
            + "|infelizmente nao|agradeco( \\|)? mas nao|ja falei que nao|ja disse que nao)\\b"
            + "|\\bnao (tenho|temos) (nenhum )?interesse\\b(?! em)");

    private static final List<Regra> OBJECOES = List.of(
            new Regra(
                    Objecao.autoridade,
                    "\\b(nao sou eu|nao e comigo|quem decide|quem resolve|que resolve|(fala|falar|fale|ver|aprovar"
                            + "|conversar|checar|consultar|validar) com (\\w+ ){0,3}(socio|socia|chefe|diretor\\w*"
                            + "|gerente|financeiro|dono|dona|compras|responsavel|juridico)|e com (o|a) (setor"
                            + "|departamento|area|financeiro|diretoria|compras))\\b"),
            new Regra(
                    Objecao.preco,
                    "\\b(caro|carissimo|preco (alto|salgado)|fora do (nosso )?orcamento|sem (verba|orcamento|grana"
                            + "|dinheiro|budget)|nao (tenho|temos) (verba|orcamento|grana|dinheiro|budget)|nao cabe no"
                            + " (bolso|orcamento)|cortando custos|mais barato|desconto)\\b"),
            new Regra(
                    Objecao.momento,
                    "\\b(agora nao|nao (e|esta) (um |o )?(bom )?momento|nao e prioridade|momento complicado"
                            + "|talvez (ano|no|mes|semestre|mais)|ano que vem|proximo (ano|semestre|trimestre)"
                            + "|sem tempo|nao (tenho|temos) tempo|nao da agora|agora nao da)\\b"),
            new Regra(
                    Objecao.concorrente,
                    "\\bja (temos|tenho|usamos|uso|utilizamos|utilizo|trabalhamos|trabalho|contratamos|possuimos)\\b"
                            + "|\\b(concorren\\w*|outra empresa|outro (sistema|fornecedor|parceiro)|contrato com"
                            + "|fornecedor|algo parecido|ferramenta parecida)\\b"),
            new Regra(
                    Objecao.duvida,
                    "\\b(nao (vejo|enxergo) (como|necessidade|sentido|utilidade|valor|vantagem)|nao acho que"
                            + "|nao confio|nao (funciona|funcionou|deu certo)|ja tentamos|experiencia ruim"
                            + "|complicad\\w*|pequen\\w* demais|fraca|fraco)\\b"));

    private static final Pattern INTERESSE = Pattern.compile("\\b((?<!nao )tenho interesse|interessad\\w*|interessei"
            + "|vamos (agendar|marcar|conversar|falar|nessa|fechar|la)|pode (agendar|marcar|ligar|mandar|passar"
            + "|enviar|me ligar|me enviar|me mandar|me chamar|chamar)|bora|topo|topamos|fechado|agendado"
            + "|(quero|queremos|gostaria|gostariamos)( de)? (saber|conhecer|ver|testar|agendar|receber|uma|um|fechar"
            + "|marcar|entender|conversar|sim)|me (manda|mande|mandar|envia|envie|enviar|liga|ligue|ligar|chama"
            + "|chame|explica|explique|apresenta)|manda (a|o|mais|ai|ae|no|por|pra|pro|os|as)|gostei|adorei|amei"
            + "|curti|(precisa|precisamos|preciso) (disso|exatamente)|exatamente isso|isso mesmo|resolveria"
            + "|(podemos|a gente pode|poderiamos) (conversar|falar|marcar|agendar|fazer)|quando (voce pode|voces podem"
            + "|podemos|a gente pode)|nao (quero|queremos|posso|podemos) (perder|ficar pra tras)|ja quero|conhecer"
            + "|faz sentido|saber mais|pode ser (amanha|hoje|segunda|terca|quarta|quinta|sexta|as|depois))\\b"
            + "|^(sim|claro|com certeza|sem duvida\\w*|certamente|manda)\\b|\\b(vamos|quero)(?= \\||$)");

    private static final Pattern PERGUNTA = Pattern.compile("^(quem|qual|quais|quanto|quanta|quantos|quantas|como"
            + "|onde|quando|cade|o que|por que|porque|sera que|que horas)\\b");

    /** A question that only greets ("tudo bem?") asks nothing to answer. */
    private static final Pattern SAUDACAO = Pattern.compile("^(oi |ola |opa |bom dia |boa tarde |boa noite )*(tudo"
            + " (bem|bom|certo|joia|tranquilo|ok)|como vai|como esta|beleza|e ai)( voce| voces| com voce)?$");

    private RegrasDeIntencao() {}

    /**
     * The kind of objection a reply raises, if it is one (for Atendimento's answer and Relatórios' counts): empty for
     * an opt-out, a refusal, interest, a question or anything else.
     */
    public static Optional<Objecao> objecaoEm(String texto) {
        TextoNormalizado normalizado = Normalizador.normalizar(texto);
        return ler(normalizado, DetectorDeDescadastro.motivo(normalizado)).objecao();
    }

    public static Leitura ler(TextoNormalizado texto, Optional<String> descadastro) {
        if (descadastro.isPresent()) {
            return Leitura.de(Intencao.descadastro, descadastro.get());
        }
        String palavras = String.join(" ", texto.palavras());
        String frase = texto.frase();
        Matcher inteira = RECUSA_INTEIRA.matcher(palavras);
        if (inteira.matches()) {
            return Leitura.de(Intencao.recusa, palavras);
        }
        Matcher recusa = RECUSA.matcher(frase);
        if (recusa.find()) {
            return Leitura.de(Intencao.recusa, recusa.group());
        }
        for (Regra regra : OBJECOES) {
            Matcher m = regra.padrao().matcher(frase);
            if (m.find()) {
                return new Leitura(Intencao.objecao, Optional.of(m.group()), Optional.of(regra.objecao()));
            }
        }
        Matcher interesse = INTERESSE.matcher(frase);
        if (interesse.find()) {
            return Leitura.de(Intencao.interesse, interesse.group());
        }
        Optional<String> perguntada = texto.perguntas().stream()
                .filter(oracao -> !SAUDACAO.matcher(oracao).matches())
                .findFirst();
        if (perguntada.isPresent()) {
            return Leitura.de(Intencao.pergunta, "?");
        }
        Matcher pergunta = PERGUNTA.matcher(palavras);
        if (pergunta.find()) {
            return Leitura.de(Intencao.pergunta, pergunta.group());
        }
        return Leitura.de(Intencao.outra, null);
    }

    private record Regra(Objecao objecao, Pattern padrao) {

        Regra(Objecao objecao, String padrao) {
            this(objecao, Pattern.compile(padrao));
        }
    }
}
