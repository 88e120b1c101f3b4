package ai.alquimista.nigredo.atendimento;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.leads.entity.LeadStatus;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Intencao;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProximoPassoTest {

    @ParameterizedTest(name = "{0} {1} ({2}), descadastro {3} → {4}")
    @CsvSource({
        "positivo, 80, interesse,   false, forward_to_scheduler",
        "neutro,   40, pergunta,    false, nurture",
        "negativo, 50, objecao,     false, answer_objection",
        "negativo, 60, recusa,      false, disqualify",
        "neutro,   30, outra,       false, nurture",
        "neutro,   50, descadastro, false, opt_out",
        "neutro,   50, outra,       true,  opt_out",
        "irritado, 95, descadastro, true,  opt_out",
        "irritado, 70, objecao,     false, escalate_human",
        "irritado, 99, interesse,   false, escalate_human",
        "irritado, 69, objecao,     false, answer_objection",
        "irritado, 40, recusa,      false, disqualify",
        "negativo, 95, recusa,      false, disqualify"
    })
    void theStepFollowsSentimentosReading(
            Sentimento sentimento, int intensidade, Intencao intencao, boolean descadastro, ProximoPasso esperado) {
        Analise analise = new Analise(sentimento, intensidade, descadastro, intencao, List.of());

        assertThat(ProximoPasso.para(analise)).isEqualTo(esperado);
    }

    @Test
    void onlyAVeryIrritatedLeadAndAnOptOutGetNoDraftedReply() {
        assertThat(Arrays.stream(ProximoPasso.values()).filter(p -> !p.respondeAutomaticamente()))
                .containsExactlyInAnyOrder(ProximoPasso.escalate_human, ProximoPasso.opt_out);
    }

    @Test
    void interestMakesTheLeadInterestedARefusalDiscardsItAnOptOutUnsubscribesItAndTheRestKeepResponded() {
        assertThat(ProximoPasso.forward_to_scheduler.status()).isEqualTo(LeadStatus.interessado);
        assertThat(ProximoPasso.disqualify.status()).isEqualTo(LeadStatus.descartado);
        assertThat(ProximoPasso.opt_out.status()).isEqualTo(LeadStatus.descadastrado);
        assertThat(List.of(ProximoPasso.nurture, ProximoPasso.answer_objection, ProximoPasso.escalate_human))
                .extracting(ProximoPasso::status)
                .containsOnly(LeadStatus.respondeu);
    }

    @Test
    void theWireValuesAreTheIssues() {
        assertThat(Arrays.stream(ProximoPasso.values()).map(Enum::name))
                .containsExactly(
                        "forward_to_scheduler",
                        "nurture",
                        "answer_objection",
                        "disqualify",
                        "opt_out",
                        "escalate_human");
    }
}
