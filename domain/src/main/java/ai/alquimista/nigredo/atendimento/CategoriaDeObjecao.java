package ai.alquimista.nigredo.atendimento;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a lead's objection is about, recorded for Relatórios and used to choose the answer; constants are spelled as
 * the database and the API carry them.
 */
public enum CategoriaDeObjecao {
    /** "tá caro", "sem orçamento", "não cabe no orçamento". */
    preco("o preço"),
    /** "agora não é o momento", "só no ano que vem", "estamos sem tempo". */
    momento("o momento"),
    /** "já usamos a X", "já temos fornecedor". */
    concorrente("uma solução que já usam"),
    /** "preciso falar com meu sócio", "quem decide é o diretor". */
    autoridade("quem decide"),
    /** "não preciso", "não faz sentido para nós". */
    necessidade("a necessidade"),
    /** "não conheço vocês", "isso é golpe?", "como conseguiu meu número?". */
    confianca("a confiança"),
    outra("outro assunto");

    private static final Map<String, String> ABREVIACOES = Map.ofEntries(
            Map.entry("vc", "voce"),
            Map.entry("vcs", "voces"),
            Map.entry("q", "que"),
            Map.entry("pq", "porque"),
            Map.entry("n", "nao"),
            Map.entry("naum", "nao"),
            Map.entry("nn", "nao"),
            Map.entry("tb", "tambem"),
            Map.entry("tbm", "tambem"),
            Map.entry("pra", "para"),
            Map.entry("pro", "para o"),
            Map.entry("mto", "muito"),
            Map.entry("mt", "muito"),
            Map.entry("msm", "mesmo"),
            Map.entry("agr", "agora"),
            Map.entry("hj", "hoje"));

    private static final Pattern PALAVRA = Pattern.compile("[\\p{L}\\p{N}]+");

    /** In order: the first category with a matching rule wins ("sem orçamento no momento" is about price). */
    private static final List<Map.Entry<CategoriaDeObjecao, Pattern>> REGRAS = List.of(
            Map.entry(
                    autoridade,
                    Texto.palavras(
                            "(falar|conversar|ver|checar|alinhar|consultar|validar|passar|levar)"
                                    + " (isso |isto |o assunto )?(com|para|pra|pro) (o |a |os |as )?(meu |minha |meus |minhas |nosso |nossa |nossos |nossas )?"
                                    + "(socio|socia|socios|diretor|diretora|diretoria|chefe|gerente|gestor|gestora|dono|dona|superior"
                                    + "|ceo|presidente|financeiro|juridico|compras|conselho|board|patrao|lideranca)"
                                    + "|nao (sou eu|e comigo|decido|tenho autonomia|tenho autoridade)"
                                    + "|(quem decide|a decisao) (e|nao e|fica|esta)|decisao (nao e|e) (minha|do|da)"
                                    + "|preciso de (aprovacao|autorizacao)|depende (do|da|de) (meu |minha |nosso |nossa )?"
                                    + "(socio|socia|diretor|diretora|diretoria|chefe|gerente|gestor|dono|dona|superior|aprovacao)")),
            Map.entry(
                    preco,
                    Texto.palavras(
                            "caro|cara demais|carissimo|carissima|salgado|preco|precos|valor (e |esta |ta )?(alto|salgado)"
                                    + "|orcamento|verba|sem grana|sem dinheiro|custo|custa|investimento (alto|pesado)"
                                    + "|nao cabe no bolso|nao temos como pagar|fora da nossa realidade|mais barato|desconto")),
            Map.entry(
                    concorrente,
                    Texto.palavras(
                            "ja (usamos|uso|utilizamos|utilizo|trabalhamos com|trabalho com|contratamos|assinamos"
                                    + "|fechamos com|estamos com)|ja (temos|tenho|possuimos)( (um|uma|o|a|nosso|nossa))?"
                                    + " (fornecedor|fornecedora|parceiro|parceira|sistema|ferramenta|solucao|empresa|agencia"
                                    + "|consultoria|plataforma|software|servico|prestador|equipe)"
                                    + "|concorrente|concorrencia|outro fornecedor|outra empresa|outra ferramenta|outra solucao"
                                    + "|outra agencia|fornecedor atual|atual fornecedor")),
            Map.entry(
                    confianca,
                    Texto.palavras(
                            "nao (conheco|conhecemos) (voces|voce|a empresa|essa empresa|esta empresa|sua empresa|a marca)"
                                    + "|nunca (ouvi|ouvimos) falar|golpe|golpista|fraude|spam|confiavel|confiaveis|desconfio|desconfiado"
                                    + "|desconfiada|desconfianca|quem (e|sao) (voce|voces)|como (voce |voces )?(conseguiu|conseguiram|pegou|pegaram|achou|acharam)"
                                    + "( o)? (meu|nosso) (numero|contato|telefone|email|e mail)|onde (pegou|pegaram|conseguiu|conseguiram)"
                                    + "|referencias|nao confio|tem cnpj")),
            Map.entry(
                    momento,
                    Texto.palavras(
                            "(agora|ainda) nao|nao (e|eh) (o |um |uma )?(bom |boa |melhor )?(momento|hora|epoca|prioridade)"
                                    + "|no momento|momento|mais (para|pra) frente|mais adiante|mais tarde|outra hora|outro momento|ano que vem"
                                    + "|proximo (mes|ano|semestre|trimestre)|proxima semana|semestre que vem|mes que vem|depois (do|da|de)"
                                    + "|sem tempo|correria|corrido|corrida|apertado|apertada|fim do ano|final do ano|daqui (a|uns|umas)"
                                    + "|por enquanto|nao agora|futuramente|em breve")),
            Map.entry(
                    necessidade,
                    Texto.palavras(
                            "nao (preciso|precisamos|necessito|necessitamos)|nao (temos|tenho|vejo|vemos) (necessidade|demanda|interesse)"
                                    + "|nao faz sentido|nao se aplica|nao serve|nao e (para|pra) (nos|gente|mim)|nao combina"
                                    + "|estamos bem assim|estou bem assim|ja (resolvemos|resolvi)|nao (temos|tenho) (esse|este|essa|esta) (problema|dor)"
                                    + "|nao e o nosso foco|nao e nosso foco|sem necessidade|desnecessario|nao usamos|nao uso")));

    private final String descricao;

    CategoriaDeObjecao(String descricao) {
        this.descricao = descricao;
    }

    /**
     * The category of an objection in pt-BR, whatever its case, accents and common abbreviations ("vc", "pra", "n");
     * {@link #outra} when no rule matches (or no text).
     */
    public static CategoriaDeObjecao de(String texto) {
        if (texto == null || texto.isBlank()) {
            return outra;
        }
        String normalizado = normalizar(texto);
        for (Map.Entry<CategoriaDeObjecao, Pattern> regra : REGRAS) {
            if (regra.getValue().matcher(normalizado).find()) {
                return regra.getKey();
            }
        }
        return outra;
    }

    /** What the objection is about, in pt-BR, for the prompt ("o preço"). */
    public String descricao() {
        return descricao;
    }

    private static String normalizar(String texto) {
        var palavras = PALAVRA.matcher(Texto.dobrar(texto));
        StringBuilder normalizado = new StringBuilder();
        while (palavras.find()) {
            String palavra = palavras.group();
            if (!normalizado.isEmpty()) {
                normalizado.append(' ');
            }
            normalizado.append(ABREVIACOES.getOrDefault(palavra, palavra));
        }
        return normalizado.toString();
    }
}
