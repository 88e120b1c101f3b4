package ai.alquimista.nigredo.sentimento;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import org.junit.jupiter.api.Test;

/** How the embedded classifier reads a lead's reply: sentiment, intensity, intent and the cues that decided. */
class ClassificadorPtBrTest {

    private final ClassificadorPtBr classificador = new ClassificadorPtBr();

    @Test
    void theSeedsHappyPathReplyIsPositiveInterest() {
        Analise analise = classificador.analisar("Tenho interesse, vamos agendar");

        assertThat(analise.sentimento()).isEqualTo(Sentimento.positivo);
        assertThat(analise.intencao()).isEqualTo(Intencao.interesse);
        assertThat(analise.descadastro()).isFalse();
        assertThat(analise.palavrasChave()).contains("tenho interesse");
    }

    @Test
    void aNegationFlipsThePraiseThatFollowsIt() {
        assertThat(classificador.analisar("gostei").sentimento()).isEqualTo(Sentimento.positivo);
        assertThat(classificador.analisar("não gostei").sentimento()).isEqualTo(Sentimento.negativo);
        assertThat(classificador.analisar("nunca gostei disso").sentimento()).isEqualTo(Sentimento.negativo);
        assertThat(classificador.analisar("não gostei").palavrasChave()).contains("nao gostei");
    }

    @Test
    void aNegatedComplaintIsMildPraise() {
        assertThat(classificador.analisar("Não é ruim não, gostei").sentimento())
                .isEqualTo(Sentimento.positivo);
        assertThat(classificador.analisar("Sem problemas, pode ligar").sentimento())
                .isEqualTo(Sentimento.positivo);
    }

    @Test
    void aNegationDoesNotCrossAClause() {
        Analise analise = classificador.analisar("Não, mas achei excelente");

        assertThat(analise.palavrasChave()).contains("excelente").doesNotContain("nao excelente");
    }

    @Test
    void notWantingToLoseIsWantingToGain() {
        Analise analise = classificador.analisar("Não quero perder essa oportunidade");

        assertThat(analise.sentimento()).isEqualTo(Sentimento.positivo);
        assertThat(analise.descadastro()).isFalse();
        assertThat(analise.intencao()).isEqualTo(Intencao.interesse);
    }

    @Test
    void intensifiersCapitalsAndExclamationsRaiseTheIntensity() {
        int simples = classificador.analisar("gostei").intensidade();
        int muito = classificador.analisar("gostei muito, super bom").intensidade();
        int gritado = classificador.analisar("GOSTEI MUITO!!!").intensidade();

        assertThat(muito).isGreaterThan(simples);
        assertThat(gritado).isGreaterThan(simples);
        assertThat(gritado).isBetween(0, 100);
    }

    @Test
    void insultsAndShoutedRefusalsAreIrritated() {
        assertThat(classificador.analisar("Que saco, vcs são muito chatos").sentimento())
                .isEqualTo(Sentimento.irritado);
        assertThat(classificador.analisar("NÃO QUERO!!").sentimento()).isEqualTo(Sentimento.irritado);
        assertThat(classificador.analisar("😡😡").sentimento()).isEqualTo(Sentimento.irritado);
        assertThat(classificador.analisar("Que saco").intensidade()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aPoliteOptOutIsNegativeNotIrritated() {
        Analise analise = classificador.analisar("PARE");

        assertThat(analise.sentimento()).isEqualTo(Sentimento.negativo);
        assertThat(analise.descadastro()).isTrue();
        assertThat(analise.intencao()).isEqualTo(Intencao.descadastro);
        assertThat(analise.palavrasChave()).contains("pare");
    }

    @Test
    void objectionsSayWhichKind() {
        assertThat(classificador.analisar("Muito caro pra gente").intencao()).isEqualTo(Intencao.objecao);
        assertThat(classificador.analisar("Agora não, talvez ano que vem").intencao())
                .isEqualTo(Intencao.objecao);
        assertThat(classificador.analisar("Já trabalhamos com outra empresa").intencao())
                .isEqualTo(Intencao.objecao);
        Analise autoridade = classificador.analisar("Não sou eu quem decide, fala com meu sócio");
        assertThat(autoridade.intencao()).isEqualTo(Intencao.objecao);
        assertThat(autoridade.sentimento())
                .as("someone else decides: nothing against us")
                .isEqualTo(Sentimento.neutro);
        assertThat(RegrasDeIntencao.objecaoEm("Muito caro pra gente")).contains(RegrasDeIntencao.Objecao.preco);
        assertThat(RegrasDeIntencao.objecaoEm("Já usamos outro sistema"))
                .contains(RegrasDeIntencao.Objecao.concorrente);
        assertThat(RegrasDeIntencao.objecaoEm("Agora não dá")).contains(RegrasDeIntencao.Objecao.momento);
        assertThat(RegrasDeIntencao.objecaoEm("Fala com meu sócio")).contains(RegrasDeIntencao.Objecao.autoridade);
        assertThat(RegrasDeIntencao.objecaoEm("Tenho interesse")).isEmpty();
    }

    @Test
    void aPlainNoIsARefusalAndAnOptOutIsMore() {
        assertThat(classificador.analisar("Não, obrigado").intencao()).isEqualTo(Intencao.recusa);
        assertThat(classificador.analisar("Não tenho interesse no momento").intencao())
                .isEqualTo(Intencao.recusa);
        assertThat(classificador.analisar("Não tenho interesse").intencao()).isEqualTo(Intencao.descadastro);
    }

    @Test
    void questionsAreQuestionsButAGreetingIsNot() {
        assertThat(classificador.analisar("Quanto custa?").intencao()).isEqualTo(Intencao.pergunta);
        assertThat(classificador.analisar("qual o prazo de implantação").intencao())
                .isEqualTo(Intencao.pergunta);
        assertThat(classificador.analisar("Bom dia, tudo bem?").intencao()).isEqualTo(Intencao.outra);
        assertThat(classificador.analisar("Quanto custa?").sentimento()).isEqualTo(Sentimento.neutro);
    }

    @Test
    void thanksAndOkAreNothingToActOn() {
        assertThat(classificador.analisar("Obrigado!").intencao()).isEqualTo(Intencao.outra);
        assertThat(classificador.analisar("ok").intencao()).isEqualTo(Intencao.outra);
        assertThat(classificador.analisar("ok").sentimento()).isEqualTo(Sentimento.neutro);
    }

    @Test
    void anEmptyReplyIsNeutralAndNothingElse() {
        Analise analise = classificador.analisar("   ");

        assertThat(analise.sentimento()).isEqualTo(Sentimento.neutro);
        assertThat(analise.intensidade()).isZero();
        assertThat(analise.intencao()).isEqualTo(Intencao.outra);
        assertThat(analise.palavrasChave()).isEmpty();
    }

    @Test
    void theSameTextAlwaysGetsTheSameAnalysis() {
        String texto = "Achei interessante, mas tá caro demais!!";

        assertThat(classificador.analisar(texto)).isEqualTo(new ClassificadorPtBr().analisar(texto));
    }
}
