package ai.alquimista.nigredo.sentimento;

import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A classifier measured on labelled replies: accuracy on the four sentiments, the confusion matrix, opt-out
 * precision and recall, and intent accuracy. The labelled files are semicolon-separated, {@code
 * texto;sentimento;descadastro;intencao}, with a header and {@code #} comments.
 */
public final class Avaliacao {

    /** One labelled reply. */
    public record Exemplo(String texto, Sentimento sentimento, boolean descadastro, Intencao intencao) {}

    /** A reply the classifier read differently from its label. */
    public record Erro(Exemplo exemplo, Analise analise) {}

    private static final CSVFormat FORMATO = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final int total;
    private final int acertos;
    private final int intencoesCertas;
    private final int[][] matriz;
    private final int descadastrosCertos;
    private final int alarmesFalsos;
    private final int descadastrosPerdidos;
    private final List<Erro> erros;

    private Avaliacao(
            int total,
            int acertos,
            int intencoesCertas,
            int[][] matriz,
            int descadastrosCertos,
            int alarmesFalsos,
            int descadastrosPerdidos,
            List<Erro> erros) {
        this.total = total;
        this.acertos = acertos;
        this.intencoesCertas = intencoesCertas;
        this.matriz = matriz;
        this.descadastrosCertos = descadastrosCertos;
        this.alarmesFalsos = alarmesFalsos;
        this.descadastrosPerdidos = descadastrosPerdidos;
        this.erros = List.copyOf(erros);
    }

    public static List<Exemplo> ler(Reader csv) throws IOException {
        List<Exemplo> exemplos = new ArrayList<>();
        for (CSVRecord linha : FORMATO.parse(csv)) {
            try {
                exemplos.add(new Exemplo(
                        linha.get("texto"),
                        Sentimento.valueOf(linha.get("sentimento")),
                        parseBoolean(linha.get("descadastro")),
                        Intencao.valueOf(linha.get("intencao"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + linha.getRecordNumber() + ": " + e.getMessage(), e);
            }
        }
        return exemplos;
    }

    private static boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("descadastro must be true or false, not " + value);
        };
    }

    public static Avaliacao de(Classificador classificador, List<Exemplo> exemplos) {
        int acertos = 0;
        int intencoes = 0;
        int[][] matriz = new int[Sentimento.values().length][Sentimento.values().length];
        int certos = 0;
        int falsos = 0;
        int perdidos = 0;
        List<Erro> erros = new ArrayList<>();
        for (Exemplo exemplo : exemplos) {
            Analise analise = classificador.analisar(exemplo.texto());
            matriz[exemplo.sentimento().ordinal()][analise.sentimento().ordinal()]++;
            boolean certo = analise.sentimento() == exemplo.sentimento();
            acertos += certo ? 1 : 0;
            intencoes += analise.intencao() == exemplo.intencao() ? 1 : 0;
            if (analise.descadastro() && exemplo.descadastro()) {
                certos++;
            } else if (analise.descadastro()) {
                falsos++;
            } else if (exemplo.descadastro()) {
                perdidos++;
            }
            if (!certo || analise.descadastro() != exemplo.descadastro() || analise.intencao() != exemplo.intencao()) {
                erros.add(new Erro(exemplo, analise));
            }
        }
        return new Avaliacao(exemplos.size(), acertos, intencoes, matriz, certos, falsos, perdidos, erros);
    }

    public int total() {
        return total;
    }

    /** Share of replies whose sentiment matches the label, 0–1. */
    public double acuracia() {
        return total == 0 ? 0 : (double) acertos / total;
    }

    public double acuraciaDeIntencao() {
        return total == 0 ? 0 : (double) intencoesCertas / total;
    }

    /** Of the replies read as opt-outs, the share that are: 1 when none was read. */
    public double precisaoDeDescadastro() {
        int lidos = descadastrosCertos + alarmesFalsos;
        return lidos == 0 ? 1 : (double) descadastrosCertos / lidos;
    }

    /** Of the opt-outs, the share read as such: 1 when the set has none. */
    public double recallDeDescadastro() {
        int reais = descadastrosCertos + descadastrosPerdidos;
        return reais == 0 ? 1 : (double) descadastrosCertos / reais;
    }

    /** Rows: the label; columns: what the classifier said; in {@link Sentimento} order. */
    public int[][] matrizDeConfusao() {
        int[][] copia = new int[matriz.length][];
        for (int i = 0; i < matriz.length; i++) {
            copia[i] = matriz[i].clone();
        }
        return copia;
    }

    /** Every reply with a wrong sentiment, opt-out or intent. */
    public List<Erro> erros() {
        return erros;
    }

    /** The figures as a few lines of text: accuracy, confusion matrix, opt-out precision and recall, intent. */
    public String relatorio() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "replies: %d%nsentiment accuracy: %.1f %% (%d/%d)%n",
                total,
                100 * acuracia(),
                acertos,
                total));
        out.append(String.format(Locale.ROOT, "%-22s", "label \\ classified"));
        for (Sentimento s : Sentimento.values()) {
            out.append(String.format(Locale.ROOT, "%10s", s));
        }
        out.append(System.lineSeparator());
        for (Sentimento linha : Sentimento.values()) {
            out.append(String.format(Locale.ROOT, "%-22s", linha));
            for (Sentimento coluna : Sentimento.values()) {
                out.append(String.format(Locale.ROOT, "%10d", matriz[linha.ordinal()][coluna.ordinal()]));
            }
            out.append(System.lineSeparator());
        }
        out.append(String.format(
                Locale.ROOT,
                "opt-out precision: %.1f %% (%d/%d)  recall: %.1f %% (%d/%d)%n",
                100 * precisaoDeDescadastro(),
                descadastrosCertos,
                descadastrosCertos + alarmesFalsos,
                100 * recallDeDescadastro(),
                descadastrosCertos,
                descadastrosCertos + descadastrosPerdidos));
        out.append(String.format(
                Locale.ROOT, "intent accuracy: %.1f %% (%d/%d)%n", 100 * acuraciaDeIntencao(), intencoesCertas, total));
        return out.toString();
    }
}
