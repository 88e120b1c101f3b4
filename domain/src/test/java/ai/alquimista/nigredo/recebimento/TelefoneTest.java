package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TelefoneTest {

    private static final Set<PhoneNumberType> GEOGRAPHIC =
            Set.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(11) 98765-4321",
                "11987654321",
                "11 98765 4321",
                "11.98765.4321",
                "+55 11 98765-4321",
                "+55 (11) 98765-4321",
                "+5511987654321",
                "55 11 98765-4321",
                "0055 11 98765-4321",
                "011 98765-4321",
                "(011) 98765-4321",
                "0xx11 98765-4321",
                "(0XX11) 98765-4321",
                "0 21 11 98765-4321",
                "0 41 (11) 98765-4321",
                "\u00A0(11) 98765-4321 "
            })
    void aMobileIsTheSameE164HoweverItIsTyped(String typed) {
        assertThat(Telefone.parse(typed).value()).map(Telefone::e164).contains("+5511987654321");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(11) 8765-4321",
                "1187654321",
                "+55 11 8765-4321",
                "55 11 8765-4321",
                "011 8765-4321",
                "0xx11 8765-4321",
                "0 xx 11 8765-4321",
                "0 21 11 8765-4321",
                "0 15 (11) 8765-4321"
            })
    void aMobileWrittenWithoutItsNinthDigitGetsIt(String typed) {
        assertThat(Telefone.parse(typed).value()).map(Telefone::e164).contains("+5511987654321");
    }

    @ParameterizedTest
    @CsvSource({
        "(11) 6123-4567, +5511961234567",
        "(21) 7123-4567, +5521971234567",
        "(31) 8123-4567, +5531981234567",
        "(41) 9123-4567, +5541991234567",
        "(68) 9912-3456, +5568999123456",
        "(99) 8123-4567, +5599981234567"
    })
    void everyMobileStartFromSixToNineGetsTheNinthDigit(String typed, String e164) {
        assertThat(Telefone.parse(typed).value()).map(Telefone::e164).contains(e164);
    }

    @ParameterizedTest
    @CsvSource({
        "(11) 3333-4444,      +551133334444",
        "(21) 2222-3333,      +552122223333",
        "(61) 3333-4444,      +556133334444",
        "(11) 5555-1234,      +551155551234",
        "0 15 11 3333-4444,   +551133334444",
        "+55 (51) 3212-3456,  +555132123456"
    })
    void aLandlineKeepsItsEightDigits(String typed, String e164) {
        Telefone telefone = Telefone.parse(typed).orElseThrow();

        assertThat(telefone.e164()).isEqualTo(e164);
        assertThat(telefone.celular()).isFalse();
    }

    @Test
    void aNumberKnowsItsDddStateZoneAndKind() {
        Telefone celular = Telefone.parse("(68) 9912-3456").orElseThrow();

        assertThat(celular.ddd()).isEqualTo("68");
        assertThat(celular.uf()).isEqualTo(Uf.AC);
        assertThat(celular.zoneId()).isEqualTo(ZoneId.of("America/Rio_Branco"));
        assertThat(celular.celular()).isTrue();
        assertThat(celular.formatted()).isEqualTo("(68) 99912-3456");
        assertThat(Telefone.parse("+551133334444").orElseThrow().formatted()).isEqualTo("(11) 3333-4444");
        assertThat(celular).hasToString("+5568999123456");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "()", "+", "- . -"})
    void nothingToDialIsNotANumber(String typed) {
        assertThat(Telefone.parse(typed).motivo()).contains(Motivo.PHONE_NOT_A_NUMBER);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "(11) 98765-4321 ramal 12           | PHONE_INVALID_CHARACTER",
                "11 98765-4321 x12                  | PHONE_INVALID_CHARACTER",
                "11 98765-4321 / 11 3333-4444       | PHONE_INVALID_CHARACTER",
                "11 98765-4321; 11 3333-4444        | PHONE_INVALID_CHARACTER",
                "não tem                            | PHONE_INVALID_CHARACTER",
                "1-800-FLOWERS                      | PHONE_INVALID_CHARACTER",
                "11 +98765-4321                     | PHONE_INVALID_CHARACTER",
                "+1 212 555 0100                    | PHONE_NOT_BRAZILIAN",
                "+351 912 345 678                   | PHONE_NOT_BRAZILIAN",
                "0800 123 4567                      | PHONE_NON_GEOGRAPHIC",
                "0300 123 4567                      | PHONE_NON_GEOGRAPHIC",
                "4004-1234                          | PHONE_NON_GEOGRAPHIC",
                "98765-4321                         | PHONE_MISSING_DDD",
                "3333-4444                          | PHONE_MISSING_DDD",
                "(20) 3333-4444                     | PHONE_UNKNOWN_DDD",
                "(10) 98765-4321                    | PHONE_UNKNOWN_DDD",
                "(00) 98765-4321                    | PHONE_UNKNOWN_DDD",
                "(11) 1234-5678                     | PHONE_INVALID",
                "(11) 08765-4321                    | PHONE_INVALID",
                "(11) 88765-4321                    | PHONE_INVALID",
                "11 98765-43210                     | PHONE_TOO_MANY_DIGITS"
            })
    void whatIsNotABrazilianPhoneWithDddSaysWhy(String typed, Motivo problem) {
        assertThat(Telefone.parse(typed).motivo()).contains(problem);
    }

    @Test
    void aTelefoneCannotBeBuiltOutsideItsCanonicalForm() {
        assertThatThrownBy(() -> new Telefone("+551187654321")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Telefone("(11) 98765-4321")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Telefone("+12125550100")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Telefone("+5511987654321").ddd()).isEqualTo("11");
    }

    @Test
    void everyDddOfTheTableDialsAndAnyOtherTwoDigitsDoNot() {
        List<String> ddds =
                Arrays.stream(Uf.values()).flatMap(uf -> uf.ddds().stream()).toList();

        for (String ddd : ddds) {
            assertThat(Telefone.parse("(" + ddd + ") 99123-4567").value())
                    .as("DDD %s", ddd)
                    .map(Telefone::uf)
                    .map(Uf::ddds)
                    .hasValueSatisfying(own -> assertThat(own).contains(ddd));
        }
        IntStream.rangeClosed(10, 99)
                .mapToObj(String::valueOf)
                .filter(code -> !ddds.contains(code))
                .forEach(code -> {
                    assertThat(Telefone.parse("(" + code + ") 99123-4567").isValid())
                            .as("code %s", code)
                            .isFalse();
                    assertThat(Telefone.parse("(" + code + ") 3212-3456").isValid())
                            .as("code %s", code)
                            .isFalse();
                    assertThat(geographicForLibphonenumber(code + "991234567"))
                            .as("libphonenumber on %s", code)
                            .isFalse();
                    assertThat(geographicForLibphonenumber(code + "32123456"))
                            .as("libphonenumber on %s", code)
                            .isFalse();
                });
    }

    /** Valid with a DDD, that is: "30" opens 0300 numbers, which have none. */
    private static boolean geographicForLibphonenumber(String national) {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = phones.parse(national, "BR");
            return phones.isValidNumber(number) && GEOGRAPHIC.contains(phones.getNumberType(number));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
