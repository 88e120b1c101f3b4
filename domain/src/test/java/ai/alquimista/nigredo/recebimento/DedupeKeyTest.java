package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DedupeKeyTest {

    private static final Email TEST = Email.parse("test@example.com").orElseThrow();
    private static final Telefone MOBILE = Telefone.parse("+5511987654321").orElseThrow();

    @Test
    void theKeyIsTheSha256OfEmailBarPhone() {
        // sha256("test@example.com|+5511987654321"), worked out outside this code base
        assertThat(DedupeKey.of(TEST, MOBILE).hex())
                .isEqualTo("569197ed108b1628a00eba5dbd777e393d21a3c5f19136332f38cd337bc0a17a");
    }

    @Test
    void eitherSideMayBeMissingButNotBoth() {
        // sha256("test@example.com|") and sha256("|+5511987654321")
        assertThat(DedupeKey.of(TEST, null).hex())
                .isEqualTo("ad855c082477328020eb8979a2a50deed8ef71bedd43e7bbd8c9d0b7aedbdd44");
        assertThat(DedupeKey.of(null, MOBILE).hex())
                .isEqualTo("9a13fdb3c6cda94153b0473b1fd6a7417795531c7d86daf53c5651098c48de33");
        assertThatThrownBy(() -> DedupeKey.of(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSamePersonTypedDifferentlyHasOneKey() {
        DedupeKey typedNeatly = key("joao@padaria.com.br", "+55 11 98765-4321");

        assertThat(key(" Joao@Padaria.COM.BR", "(11) 8765-4321")).isEqualTo(typedNeatly);
        assertThat(key("JOAO@padaria.com.br", "0 21 11 98765-4321")).isEqualTo(typedNeatly);
        assertThat(key("joao@padaria.com.br", "0xx11 8765.4321")).isEqualTo(typedNeatly);
    }

    @Test
    void differentPeopleOrAMissingSideGiveDifferentKeys() {
        DedupeKey both = key("joao@padaria.com.br", "(11) 98765-4321");

        assertThat(key("maria@padaria.com.br", "(11) 98765-4321")).isNotEqualTo(both);
        assertThat(key("joao@padaria.com.br", "(11) 98765-4322")).isNotEqualTo(both);
        assertThat(DedupeKey.of(Email.parse("joao@padaria.com.br").orElseThrow(), null))
                .isNotEqualTo(both);
    }

    @Test
    void theSeedsScenarioLeavesTwoOfThreeLeads() {
        long distinct = Stream.of(
                        key("test@example.com", "+5511987654321"),
                        key("test@example.com", "+5511987654321"),
                        key("other@example.com", "+5511987654321"))
                .distinct()
                .count();

        assertThat(distinct).isEqualTo(2);
    }

    @Test
    void aKeyIsSixtyFourLowerCaseHexDigits() {
        assertThatThrownBy(() -> new DedupeKey("ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DedupeKey.of(TEST, MOBILE))
                .hasToString(DedupeKey.of(TEST, MOBILE).hex());
    }

    private static DedupeKey key(String email, String telefone) {
        return DedupeKey.of(
                Email.parse(email).orElseThrow(), Telefone.parse(telefone).orElseThrow());
    }
}
