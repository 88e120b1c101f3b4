package ai.alquimista.launcher;

import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Avaliacao;
import ai.alquimista.nigredo.sentimento.ClassificadorPtBr;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./alquimista bench sentimento [passes]}: the embedded pt-BR classifier on the labelled replies shipped with
 * the project (domain/src/test/resources/sentimento, copied into the launcher jar): accuracy on the four sentiments,
 * the confusion matrix, opt-out precision and recall (whole set and held-out part), then the time per message over
 * {@code passes} passes of the set (default 200) after a warm-up. Needs nothing running. Exits 1 when a target of
 * issue 10 is missed (85 % accuracy, opt-out recall 100 %, opt-out precision 95 %).
 */
final class SentimentoBenchmark {

    private static final String DESENVOLVIMENTO = "sentimento/respostas.csv";
    private static final String RESERVADAS = "sentimento/respostas-reservadas.csv";
    private static final int WARM_UP_PASSES = 50;

    private SentimentoBenchmark() {}

    static int run(String[] args, PrintStream out) throws IOException {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1, not " + passes);
        }
        List<Avaliacao.Exemplo> reservadas = conjunto(RESERVADAS);
        List<Avaliacao.Exemplo> todas = new ArrayList<>(conjunto(DESENVOLVIMENTO));
        todas.addAll(reservadas);
        ClassificadorPtBr classificador = new ClassificadorPtBr();

        Avaliacao inteira = Avaliacao.de(classificador, todas);
        Avaliacao separada = Avaliacao.de(classificador, reservadas);
        out.println("Sentimento, embedded pt-BR classifier, on " + todas.size() + " labelled replies ("
                + (todas.size() - reservadas.size()) + " development, " + reservadas.size() + " held out)");
        out.println();
        out.println("whole set");
        out.print(inteira.relatorio());
        out.println();
        out.println("held-out part (never tuned on)");
        out.print(separada.relatorio());
        out.println();

        long[] nanos = timings(classificador, todas, passes);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1_000.0;
        Arrays.sort(nanos);
        out.printf(
                Locale.ROOT,
                "time per message (%d passes of %d replies after %d warm-up passes): mean %.1f µs, p50 %.1f µs,"
                        + " p99 %.1f µs, max %.1f µs%n",
                passes,
                todas.size(),
                WARM_UP_PASSES,
                mean,
                percentile(nanos, 0.50) / 1_000.0,
                percentile(nanos, 0.99) / 1_000.0,
                nanos[nanos.length - 1] / 1_000.0);

        boolean met = inteira.acuracia() >= 0.85
                && inteira.recallDeDescadastro() == 1.0
                && inteira.precisaoDeDescadastro() >= 0.95;
        out.println(
                met
                        ? "targets met: accuracy >= 85 %, opt-out recall 100 %, opt-out precision >= 95 %"
                        : "TARGETS MISSED: accuracy >= 85 %, opt-out recall 100 %, opt-out precision >= 95 %");
        return met ? 0 : 1;
    }

    /** The time of each classification, in nanoseconds, after warm-up passes the JIT compiles on. */
    private static long[] timings(ClassificadorPtBr classificador, List<Avaliacao.Exemplo> exemplos, int passes) {
        long sink = 0;
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (Avaliacao.Exemplo exemplo : exemplos) {
                sink += classificador.analisar(exemplo.texto()).intensidade();
            }
        }
        long[] nanos = new long[passes * exemplos.size()];
        int i = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (Avaliacao.Exemplo exemplo : exemplos) {
                long start = System.nanoTime();
                Analise analise = classificador.analisar(exemplo.texto());
                nanos[i++] = System.nanoTime() - start;
                sink += analise.intensidade();
            }
        }
        if (sink < 0) {
            throw new IllegalStateException("intensities are never negative");
        }
        return nanos;
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static List<Avaliacao.Exemplo> conjunto(String recurso) throws IOException {
        InputStream in = SentimentoBenchmark.class.getClassLoader().getResourceAsStream(recurso);
        if (in == null) {
            throw new IllegalStateException(recurso + " is not in the launcher jar: rebuild it (./alquimista does)");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Avaliacao.ler(reader);
        }
    }
}
