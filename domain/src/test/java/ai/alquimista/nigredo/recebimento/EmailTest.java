package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @CsvSource({
        "'  Maria.Silva@Padaria.COM.br ', maria.silva@padaria.com.br",
        "MARIA@PADARIA.COM.BR,            maria@padaria.com.br",
        "contato@sub.dominio-exemplo.org, contato@sub.dominio-exemplo.org",
        "o'neil_2024@empresa.ind.br,      o'neil_2024@empresa.ind.br",
        "contato@pão.com.br,              contato@xn--po-sia.com.br",
        "vendas@xn--po-sia.com.br,        vendas@xn--po-sia.com.br"
    })
    void anAddressIsTrimmedLowerCasedAndItsDomainMadeAscii(String typed, String normalised) {
        assertThat(Email.parse(typed).value()).map(Email::value).contains(normalised);
    }

    @Test
    void dotsAndPlusTagsAreKeptBecauseIgnoringThemIsAProviderRule() {
        Email tagged = Email.parse("Maria.Silva+Leads@gmail.com").orElseThrow();

        assertThat(tagged.value()).isEqualTo("maria.silva+leads@gmail.com");
        assertThat(tagged).isNotEqualTo(Email.parse("mariasilva@gmail.com").orElseThrow());
        assertThat(tagged.domain()).isEqualTo("gmail.com");
    }

    @Test
    void theSameMailboxInDifferentCaseIsOneEmail() {
        assertThat(Email.parse("Joao@Empresa.com.br")).isEqualTo(Email.parse(" joao@empresa.COM.BR"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"maria.silva", "maria.padaria.com.br", "   "})
    void withoutAnAtItIsNoAddress(String typed) {
        assertThat(Email.parse(typed).motivo()).contains(Motivo.EMAIL_MISSING_AT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "maria silva@padaria.com.br",
                "maria@padaria .com.br",
                "maria@\u00A0padaria.com.br",
                "maria@padaria.com.br; joao@padaria.com.br"
            })
    void spacesInsideAreRefused(String typed) {
        assertThat(Email.parse(typed).motivo()).contains(Motivo.EMAIL_CONTAINS_SPACES);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "@padaria.com.br",
                ".maria@padaria.com.br",
                "maria.@padaria.com.br",
                "ma..ria@padaria.com.br",
                "maria@joao@padaria.com.br",
                "\"maria\"@padaria.com.br",
                "maria(x)@padaria.com.br",
                "joão@padaria.com.br"
            })
    void aBadLocalPartIsNamed(String typed) {
        assertThat(Email.parse(typed).motivo()).contains(Motivo.EMAIL_INVALID_LOCAL_PART);
    }

    @Test
    void theLocalPartHasAtMostSixtyFourCharacters() {
        assertThat(Email.parse("a".repeat(64) + "@x.com").isValid()).isTrue();
        assertThat(Email.parse("a".repeat(65) + "@x.com").motivo()).contains(Motivo.EMAIL_INVALID_LOCAL_PART);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "maria@",
                "maria@localhost",
                "maria@padaria",
                "maria@padaria.c",
                "maria@padaria.123",
                "maria@-padaria.com",
                "maria@padaria-.com",
                "maria@pada_ria.com",
                "maria@padaria..com",
                "maria@.padaria.com",
                "maria@padaria.com.",
                "maria@[192.168.0.1]",
                "maria@192.168.0.1"
            })
    void aBadDomainIsNamed(String typed) {
        assertThat(Email.parse(typed).motivo()).contains(Motivo.EMAIL_INVALID_DOMAIN);
    }

    @Test
    void anAddressHasAtMost254Characters() {
        String domain189 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(57) + ".com";
        String longest = "l".repeat(64) + "@" + domain189;
        String tooLong = "l".repeat(64) + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(58) + ".com";

        assertThat(longest).hasSize(254);
        assertThat(Email.parse(longest).value()).map(Email::value).contains(longest);
        assertThat(tooLong).hasSize(255);
        assertThat(Email.parse(tooLong).motivo()).contains(Motivo.EMAIL_TOO_LONG);
        assertThat(Email.parse("x".repeat(300)).motivo()).contains(Motivo.EMAIL_TOO_LONG);
    }

    @Test
    void anEmailCannotBeBuiltUnnormalised() {
        assertThatThrownBy(() -> new Email("Maria@padaria.com.br")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Email(" maria@padaria.com.br")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Email("maria")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Email("maria@padaria.com.br")).hasToString("maria@padaria.com.br");
    }
}
