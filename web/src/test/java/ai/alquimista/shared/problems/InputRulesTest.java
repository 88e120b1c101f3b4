package ai.alquimista.shared.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    /** JSON with single quotes for double quotes and ~ for a backslash, so escapes read as JSON's. */
    private static String json(String text) {
        return text.replace('\'', '"').replace('~', '\\');
    }

    @Test
    void aJsonBodyWithNulOrAControlCharacterIsRefusedNamingEveryPath() {
        InvalidInput refused = catchThrowableOfType(
                () -> JsonBodies.parse(
                        json("{'empresa': '~u0000', 'contato': 'Maria', 'leads': [{'setor': 'a~u0008b'}]}")),
                InvalidInput.class);

        assertThat(refused.violations()).extracting(Violation::field).containsExactly("empresa", "leads[0].setor");
        assertThat(refused.violations().get(0).problem()).contains("control characters");
    }

    @Test
    void tabsLineBreaksAndAnyOtherUnicodeAreText() {
        assertThat(JsonBodies.parse(json("{'corpo': 'Olá~t{{primeiro_nome}},~r~n~u00e9 ~ud83d~ude00'}"))
                        .asJsonObject()
                        .getString("corpo"))
                .startsWith("Olá\t");
    }

    @Test
    void aParameterTakenAsANumberMustBeOneOfItsType() {
        List<Violation> violations = new ArrayList<>();
        RequestParameters.wholeNumber("page", int.class, "99999999999", violations);
        RequestParameters.wholeNumber("size", int.class, "dez", violations);
        RequestParameters.wholeNumber("page", int.class, "2147483647", violations);
        RequestParameters.wholeNumber("page", int.class, " ", violations);
        RequestParameters.wholeNumber("page", int.class, null, violations);
        RequestParameters.wholeNumber("status", String.class, "x", violations);

        assertThat(violations).extracting(Violation::field).containsExactly("page", "size");
        assertThat(violations.get(0).problem()).isEqualTo("must be a whole number between -2147483648 and 2147483647");
    }
}
