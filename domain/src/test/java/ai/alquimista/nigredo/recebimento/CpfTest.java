package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CpfTest {

    @ParameterizedTest
    @CsvSource({
        "529.982.247-25, 52998224725",
        "52998224725,    52998224725",
        "111.444.777-35, 11144477735",
        "' 123 456 789 09 ', 12345678909"
    })
    void aValidCpfIsReadWithOrWithoutItsMask(String typed, String unmasked) {
        assertThat(Cpf.parse(typed).value()).map(Cpf::value).contains(unmasked);
    }

    @Test
    void formattedPutsTheMaskBackAndACpfIsAPessoaFisica() {
        Cpf cpf = Cpf.parse("52998224725").orElseThrow();

        assertThat(cpf.formatted()).isEqualTo("529.982.247-25");
        assertThat(cpf.tipoPessoa()).isEqualTo(TipoPessoa.PF);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"529.982.247-2", "529.982.247-255"})
    void anythingButElevenCharactersIsTheWrongLength(String typed) {
        assertThat(Cpf.parse(typed).motivo()).contains(Motivo.CPF_WRONG_LENGTH);
    }

    @Test
    void lettersAreNotDigits() {
        assertThat(Cpf.parse("529.982.247-2A").motivo()).contains(Motivo.CPF_INVALID_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.000.000-00", "111.111.111-11", "99999999999"})
    void aCpfOfOneRepeatedDigitIsRefused(String typed) {
        assertThat(Cpf.parse(typed).motivo()).contains(Motivo.CPF_REPEATED_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"529.982.247-24", "529.982.247-52", "111.444.777-53", "123.456.789-00"})
    void wrongCheckDigitsAreNamedAsSuch(String typed) {
        assertThat(Cpf.parse(typed).motivo()).contains(Motivo.CPF_WRONG_CHECK_DIGITS);
    }

    @Test
    void aCpfCannotBeBuiltInvalid() {
        assertThatThrownBy(() -> new Cpf("52998224724")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cpf("529.982.247-25")).isInstanceOf(IllegalArgumentException.class);
    }
}
