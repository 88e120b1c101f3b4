package ai.alquimista.nigredo.sentimento;

import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded pt-BR classifier: offline, deterministic, pure Java. It normalises the reply ({@link Normalizador}),
 * weighs its words with the lexicon ({@link Lexico}) — a negation up to three words before a term flips it ("não
 * gostei") or softens it ("não é ruim"), an intensifier or capitals make it weigh more, "mas" halves what came before,
 * a question softens praise — and decides:
 *
 * <ul>
 *   <li>irritado when an anger cue is present, or a negative reply shouts (capitals, "!!"), or the weight is very low;
 *   <li>negativo for opt-outs, refusals and objections (other than "someone else decides"), and negative weight;
 *   <li>positivo for positive weight, neutro otherwise.
 * </ul>
 *
 * Intensidade grows with the weight, the anger cues and the shouting. Opt-out and intent come from {@link
 * DetectorDeDescadastro} and {@link RegrasDeIntencao}; palavrasChave are the cues that decided.
 */
public final class ClassificadorPtBr implements Classificador {

    private static final double POSITIVO = 0.9;
    private static final double NEGATIVO = -0.9;
    private static final double MUITO_NEGATIVO = -5;
    private static final int JANELA_DE_NEGACAO = 3;
    private static final double CHEGA = -1.5;

    private final Lexico lexico;

    public ClassificadorPtBr() {
        this(Compartilhado.LEXICO);
    }

    public ClassificadorPtBr(Lexico lexico) {
        this.lexico = Objects.requireNonNull(lexico, "lexico");
    }

    @Override
    public Analise analisar(String texto) {
        Objects.requireNonNull(texto, "texto");
        TextoNormalizado normalizado = Normalizador.normalizar(texto);
        Optional<String> descadastro = DetectorDeDescadastro.motivo(normalizado);
        RegrasDeIntencao.Leitura leitura = RegrasDeIntencao.ler(normalizado, descadastro);
        Pontos pontos = pontuar(normalizado);

        boolean grito = normalizado.exclamacoes() >= 2
                || normalizado.gritadas() >= 2
                || (normalizado.gritadas() >= 1 && normalizado.exclamacoes() >= 1);
        boolean autoridade = leitura.objecao()
                .filter(RegrasDeIntencao.Objecao.autoridade::equals)
                .isPresent();
        boolean contra = switch (leitura.intencao()) {
            case descadastro, recusa -> true;
            case objecao -> !autoridade;
            default -> false;
        };
        double total = pontos.total();
        Sentimento sentimento;
        if (!pontos.raiva().isEmpty() || (grito && (total < 0 || contra)) || total <= MUITO_NEGATIVO) {
            sentimento = Sentimento.irritado;
        } else if (contra) {
            sentimento = Sentimento.negativo;
        } else if (autoridade) {
            sentimento = Sentimento.neutro;
        } else if (total >= POSITIVO) {
            sentimento = Sentimento.positivo;
        } else if (total <= NEGATIVO) {
            sentimento = Sentimento.negativo;
        } else {
            sentimento = Sentimento.neutro;
        }

        Set<String> palavrasChave = new LinkedHashSet<>();
        descadastro.ifPresent(palavrasChave::add);
        leitura.pista().ifPresent(palavrasChave::add);
        palavrasChave.addAll(pontos.termos());
        if (grito && sentimento != Sentimento.neutro) {
            palavrasChave.add(normalizado.exclamacoes() >= 2 ? "!!" : "CAIXA ALTA");
        }
        return new Analise(
                sentimento,
                intensidade(sentimento, Math.abs(total), pontos.raiva().size(), grito),
                descadastro.isPresent(),
                leitura.intencao(),
                palavrasChave.stream().limit(8).toList());
    }

    private static int intensidade(Sentimento sentimento, double peso, int raiva, boolean grito) {
        double valor = switch (sentimento) {
            case irritado -> 60 + 10 * Math.min(raiva, 2) + (grito ? 10 : 0) + 3 * peso;
            case positivo, negativo -> 25 + 12 * peso + (grito ? 10 : 0);
            case neutro -> Math.min(25, 10 * peso);
        };
        return (int) Math.round(Math.max(0, Math.min(100, valor)));
    }

    /** The weighed terms of the reply and what they add up to. */
    record Pontos(double total, List<String> termos, List<String> raiva) {}

    Pontos pontuar(TextoNormalizado texto) {
        List<String> tokens = texto.tokens();
        List<Boolean> maiusculas = texto.maiusculas();
        List<String> termos = new ArrayList<>();
        List<String> raiva = new ArrayList<>();
        double total = 0;
        Negacao negacao = Negacao.NENHUMA;
        double intensificador = 1;
        boolean contraste = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String seguinte = i + 1 < tokens.size() ? tokens.get(i + 1) : Normalizador.FIM;
            if (Normalizador.FIM.equals(token)) {
                negacao = Negacao.NENHUMA;
                intensificador = 1;
                continue;
            }
            if (lexico.cessacao(token) && seguinte.equals("de")) {
                negacao = new Negacao(token + " de", i + 1 + JANELA_DE_NEGACAO, false);
                i++;
                continue;
            }
            if (token.equals("chega")) {
                total += CHEGA;
                termos.add(token);
                raiva.add(token);
                continue;
            }
            if (lexico.contraste(token)) {
                contraste = true;
                continue;
            }
            if (lexico.auxiliar(token) && negacao.alcanca(i) && infinitivo(seguinte)) {
                negacao = negacao.ate(i + JANELA_DE_NEGACAO);
                continue;
            }
            Optional<Lexico.Termo> achado = lexico.termoEm(tokens, i);
            if (achado.isPresent()) {
                Lexico.Termo termo = achado.get();
                int depois = i + termo.tamanho();
                double peso = termo.peso() * (maiusculas.get(i) ? 1.5 : 1) * intensificador;
                if (depois < tokens.size() && lexico.posposto(tokens.get(depois))) {
                    peso *= 1.5;
                }
                if (depois + 1 < tokens.size()
                        && tokens.get(depois).equals("pra")
                        && Set.of("caramba", "caralho").contains(tokens.get(depois + 1))) {
                    peso *= 1.5;
                }
                String pista = String.join(" ", tokens.subList(i, depois));
                if (negacao.alcanca(i) && !lexico.negacao(termo.palavras().get(0)) && negacao.inverte(peso)) {
                    peso = peso > 0 ? -0.8 * peso : -0.5 * peso;
                    pista = negacao.palavra() + " " + pista;
                    negacao = Negacao.NENHUMA;
                }
                if (contraste && peso != 0) {
                    total *= 0.5;
                    contraste = false;
                }
                total += peso;
                if (peso != 0) {
                    termos.add(pista);
                }
                if (termo.raiva() && peso < 0) {
                    raiva.add(pista);
                }
                intensificador = 1;
                if (lexico.solucao(token)) {
                    negacao = new Negacao(termo.texto(), depois - 1 + JANELA_DE_NEGACAO, true);
                }
                i = depois - 1;
                continue;
            }
            if (lexico.negacao(token)) {
                negacao = new Negacao(token, i + JANELA_DE_NEGACAO, false);
                continue;
            }
            if (lexico.solucao(token)) {
                negacao = new Negacao(token, i + JANELA_DE_NEGACAO, true);
                continue;
            }
            intensificador = lexico.intensificador(token) ? 1.5 : 1;
        }
        if (texto.pergunta() && total > 0) {
            total *= 0.7;
        }
        if (texto.exclamacoes() >= 2) {
            total *= 1.3;
        }
        return new Pontos(total, termos, raiva);
    }

    /** An infinitive: "perder", "receber", "sair". */
    private static boolean infinitivo(String token) {
        return token.length() >= 4 && (token.endsWith("ar") || token.endsWith("er") || token.endsWith("ir"));
    }

    /**
     * A pending negation: the word that negates, the last token it reaches, and whether it only turns displeasing
     * terms (a verb of solving) or any term (a "não").
     */
    private record Negacao(String palavra, int ate, boolean soNegativos) {

        static final Negacao NENHUMA = new Negacao("", -1, false);

        boolean alcanca(int indice) {
            return indice <= ate;
        }

        boolean inverte(double peso) {
            return !soNegativos || peso < 0;
        }

        Negacao ate(int novoFim) {
            return new Negacao(palavra, novoFim, soNegativos);
        }
    }

    /** The shipped lexicon, read once. */
    private static final class Compartilhado {
        private static final Lexico LEXICO = Lexico.embutido();
    }
}
