package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisaoCnaeTest {

    @ParameterizedTest(name = "\"{0}\" is division {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4721-1/02                                         | 47",
                "4721102                                           | 47",
                "47.21-1-02                                        | 47",
                "47.21-1/02 - Padaria e confeitaria com predominância de revenda | 47",
                "4721-1                                            | 47",
                "CNAE 6201-5/01                                    | 62",
                "cnae: 6201501 Desenvolvimento de software sob encomenda | 62",
                "0111-3/01 Cultivo de arroz                        | 01",
                "9900-8/00                                         | 99"
            })
    void theDivisionIsTheFirstTwoDigitsOfTheCode(String atividade, String divisao) {
        assertThat(DivisaoCnae.in(atividade))
                .hasValueSatisfying(parsed ->
                        assertThat(parsed.value()).map(DivisaoCnae::codigo).contains(divisao));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"Padaria", "Comércio varejista de calçados", "4721", "472110", "12345678", "Loja 47211 do centro"
            })
    void aTextThatDoesNotOpenWithACodeHasNoDivisionAndNoProblem(String atividade) {
        assertThat(DivisaoCnae.in(atividade)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0400-1/00", "3401-2/00", "98.00-0-00", "0000000"})
    void aCodeWhoseDivisionDoesNotExistIsReported(String atividade) {
        assertThat(DivisaoCnae.in(atividade))
                .hasValueSatisfying(parsed -> assertThat(parsed.motivo()).contains(Motivo.CNAE_UNKNOWN_DIVISION));
    }

    @Test
    void aDivisionIsOneCnaeDefines() {
        assertThat(new DivisaoCnae("47")).hasToString("47");
        assertThatThrownBy(() -> new DivisaoCnae("04")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DivisaoCnae("4")).isInstanceOf(IllegalArgumentException.class);
    }
}
