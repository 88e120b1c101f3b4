package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CnpjTest {

    @ParameterizedTest
    @CsvSource({
        "11.222.333/0001-81, 11222333000181",
        "11222333000181,     11222333000181",
        "' 11 222 333 0001 81 ', 11222333000181",
        "11.444.777/0001-61, 11444777000161",
        "11-444-777-0001-61, 11444777000161"
    })
    void aNumericCnpjIsReadWithOrWithoutItsMask(String typed, String unmasked) {
        Parsed<Cnpj> cnpj = Cnpj.parse(typed);

        assertThat(cnpj.value()).map(Cnpj::value).contains(unmasked);
    }

    @Test
    void theReceitaFederalAlphanumericExampleIsValid() {
        Cnpj cnpj = Cnpj.parse("12.ABC.345/01DE-35").orElseThrow();

        assertThat(cnpj.value()).isEqualTo("12ABC34501DE35");
        assertThat(cnpj.formatted()).isEqualTo("12.ABC.345/01DE-35");
        assertThat(cnpj.tipoPessoa()).isEqualTo(TipoPessoa.PJ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.abc.345/01de-35", "12abc34501de35", "12.aBc.345/01dE-35"})
    void lowerCaseLettersAreReadAsUpperCase(String typed) {
        assertThat(Cnpj.parse(typed).value()).map(Cnpj::value).contains("12ABC34501DE35");
    }

    /** Check digits worked out by hand and by a separate script with the IN RFB 2.229/2024 rule, not by this class. */
    @ParameterizedTest
    @CsvSource({
        "AB.CDE.FGH/IJKL-80, ABCDEFGHIJKL80",
        "ZZ.ZZZ.ZZZ/0001-91, ZZZZZZZZ000191",
        "QW.ERT.YUI/OPAS-89, QWERTYUIOPAS89"
    })
    void lettersAreAcceptedAnywhereInTheFirstTwelveCharacters(String typed, String unmasked) {
        assertThat(Cnpj.parse(typed).value()).map(Cnpj::value).contains(unmasked);
    }

    @Test
    void formattedPutsTheMaskBack() {
        assertThat(Cnpj.parse("11222333000181").orElseThrow().formatted()).isEqualTo("11.222.333/0001-81");
        assertThat(Cnpj.parse("11222333000181").orElseThrow()).hasToString("11.222.333/0001-81");
    }

    @Test
    void theSameCnpjTypedTwoWaysIsEqual() {
        assertThat(Cnpj.parse("12.ABC.345/01DE-35")).isEqualTo(Cnpj.parse("12abc34501de35"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"11.222.333/0001-8", "112223330001811", "1122233300018", "12.ABC.345/01DE", "   "})
    void anythingButFourteenCharactersIsTheWrongLength(String typed) {
        assertThat(Cnpj.parse(typed).motivo()).contains(Motivo.CNPJ_WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"12.ABC.345/01DE-3A", "12.ABC.345/01DE-A5", "12ABC34501D#35", "12ÁBC34501DE35", "12ABC34501DE_5"
            })
    void checkDigitsMustBeNumericAndTheBodyAlphanumeric(String typed) {
        assertThat(Cnpj.parse(typed).motivo()).contains(Motivo.CNPJ_INVALID_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00.000.000/0000-00", "11111111111111", "99.999.999/9999-99"})
    void aCnpjOfOneRepeatedCharacterIsRefusedEvenWhenItsDigitsAddUp(String typed) {
        assertThat(Cnpj.parse(typed).motivo()).contains(Motivo.CNPJ_REPEATED_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11.222.333/0001-82",
                "11.222.333/0001-18",
                "11.444.777/0001-16",
                "12.ABC.345/01DE-53",
                "12.ABC.345/01DE-36",
                "12.ABD.345/01DE-35"
            })
    void wrongCheckDigitsAreNamedAsSuch(String typed) {
        Parsed<Cnpj> cnpj = Cnpj.parse(typed);

        assertThat(cnpj.motivo()).contains(Motivo.CNPJ_WRONG_CHECK_DIGITS);
        assertThat(cnpj.motivo().orElseThrow().message()).isEqualTo("CNPJ com dígitos verificadores inválidos");
    }

    @Test
    void aCnpjCannotBeBuiltInvalidOrMasked() {
        assertThatThrownBy(() -> new Cnpj("11222333000182")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cnpj("12abc34501de35")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cnpj("11.222.333/0001-81")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Cnpj("12ABC34501DE35").formatted()).isEqualTo("12.ABC.345/01DE-35");
    }
}
