package ai.alquimista.nigredo.sentimento;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the rules read when a lead writes the way people write on WhatsApp. */
class NormalizadorTest {

    @Test
    void accentsAndCapitalsGoButTheShoutingIsCounted() {
        TextoNormalizado texto = Normalizador.normalizar("NÃO QUERO, obrigado!!");

        assertThat(texto.frase()).isEqualTo("nao quero | obrigado |");
        assertThat(texto.gritadas()).isEqualTo(2);
        assertThat(texto.exclamacoes()).isEqualTo(2);
    }

    @Test
    void elongationsCollapse() {
        assertThat(Normalizador.normalizar("simmm").frase()).isEqualTo("sim");
        assertThat(Normalizador.normalizar("nãooooo").frase()).isEqualTo("nao");
        assertThat(Normalizador.normalizar("muuuuito boooom").frase()).isEqualTo("muito bom");
        assertThat(Normalizador.normalizar("kkkkkk").frase()).isEqualTo("risos");
    }

    @Test
    void chatAbbreviationsAreSpelledOut() {
        assertThat(Normalizador.normalizar("vc pq blz tb tbm n ñ q msg obg vlw td hj agr pfv")
                        .frase())
                .isEqualTo("voce porque beleza tambem tambem nao nao que mensagem obrigado valeu tudo hoje agora por"
                        + " favor");
    }

    @Test
    void emojiBecomeSentimentCues() {
        assertThat(Normalizador.normalizar("👍 😡 👎 😒 :)").frase())
                .isEqualTo("emoji_pos emoji_raiva emoji_nao emoji_neg emoji_pos");
        assertThat(Normalizador.normalizar("🦄").tokens()).isEmpty();
    }

    @Test
    void onlyClausesThatEndInAQuestionMarkAreQuestions() {
        TextoNormalizado texto = Normalizador.normalizar("Oi, tudo bem? Quanto custa? Obrigado.");

        assertThat(texto.perguntas()).containsExactly("tudo bem", "quanto custa");
    }
}
