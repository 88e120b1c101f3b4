package ai.alquimista.nigredo.sentimento;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The embedded classifier on the labelled replies of {@code sentimento/}: {@code respostas.csv} (written to develop
 * the rules) and {@code respostas-reservadas.csv} (written and labelled before the classifier existed, never tuned
 * on). The targets hold on the whole set; the held-out part is measured on its own so a rule that only
 * memorised the development sentences shows.
 */
class ConjuntoRotuladoTest {

    private static final Logger LOG = Logger.getLogger(ConjuntoRotuladoTest.class.getName());

    private final ClassificadorPtBr classificador = new ClassificadorPtBr();

    @Test
    void theWholeSetMeetsTheTargets() throws IOException {
        List<Avaliacao.Exemplo> todos = new ArrayList<>(conjunto("respostas.csv"));
        todos.addAll(conjunto("respostas-reservadas.csv"));

        Avaliacao avaliacao = Avaliacao.de(classificador, todos);
        LOG.info(() -> "whole set\n" + avaliacao.relatorio() + erros(avaliacao));

        assertThat(todos).hasSizeGreaterThanOrEqualTo(300);
        assertThat(avaliacao.acuracia()).as("accuracy on the four classes").isGreaterThanOrEqualTo(0.85);
        assertThat(avaliacao.recallDeDescadastro()).as("opt-out recall").isEqualTo(1.0);
        assertThat(avaliacao.precisaoDeDescadastro()).as("opt-out precision").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theHeldOutRepliesAreMeasuredOnTheirOwn() throws IOException {
        List<Avaliacao.Exemplo> reservadas = conjunto("respostas-reservadas.csv");

        Avaliacao avaliacao = Avaliacao.de(classificador, reservadas);
        LOG.info(() -> "held-out set\n" + avaliacao.relatorio() + erros(avaliacao));

        assertThat(reservadas).hasSize(60);
        assertThat(avaliacao.recallDeDescadastro())
                .as("opt-out recall, held out")
                .isEqualTo(1.0);
        assertThat(avaliacao.precisaoDeDescadastro())
                .as("opt-out precision, held out")
                .isGreaterThanOrEqualTo(0.95);
        assertThat(avaliacao.acuracia()).as("accuracy, held out").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void everyLabelInTheSetIsReadAndTheFilesHaveNoRepeatedReply() throws IOException {
        List<Avaliacao.Exemplo> todos = new ArrayList<>(conjunto("respostas.csv"));
        todos.addAll(conjunto("respostas-reservadas.csv"));

        assertThat(todos.stream().map(e -> e.texto().strip().toLowerCase()).distinct())
                .hasSameSizeAs(todos);
        assertThat(todos).filteredOn(Avaliacao.Exemplo::descadastro).hasSizeGreaterThanOrEqualTo(60);
        assertThat(todos).filteredOn(e -> !e.descadastro()).hasSizeGreaterThanOrEqualTo(200);
    }

    static List<Avaliacao.Exemplo> conjunto(String nome) throws IOException {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(ConjuntoRotuladoTest.class.getResourceAsStream("/sentimento/" + nome), nome),
                StandardCharsets.UTF_8)) {
            return Avaliacao.ler(reader);
        }
    }

    private static String erros(Avaliacao avaliacao) {
        StringBuilder out = new StringBuilder();
        for (Avaliacao.Erro erro : avaliacao.erros()) {
            var e = erro.exemplo();
            var a = erro.analise();
            out.append(String.format(
                    "  %-60s label %s/%s/%s got %s/%s/%s %s%n",
                    e.texto(),
                    e.sentimento(),
                    e.descadastro(),
                    e.intencao(),
                    a.sentimento(),
                    a.descadastro(),
                    a.intencao(),
                    a.palavrasChave()));
        }
        return out.toString();
    }
}
