package ai.alquimista.shared.json;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.text.StorableText;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StorableJsonTest {

    /** JSON text with single quotes for double quotes and ~ for a backslash, so escapes read as JSON's. */
    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"').replace('~', '\\')))
                .readValue();
    }

    @Test
    void everyStringAndKeyIsCheckedAndNamedByItsPath() {
        var violations = StorableJson.violations(json("{'empresa': '~u0000', 'ok': 'tab~there', 'leads':"
                + " [{'contato': 'x'}, {'contato': '~u0007'}], 'settings': {'canal': {'nome': 'a~u001fb'},"
                + " 'k~u0000ey': 1}, 'n': 5, 'b': true, 'z': null}"));

        assertThat(violations)
                .extracting(Violation::field)
                .containsExactly(
                        "empresa", "leads[1].contato", "settings.canal.nome", "settings.k~u0000ey".replace('~', '\\'));
        assertThat(violations.get(0).problem()).isEqualTo(StorableText.PROBLEM);
        assertThat(violations.get(3).problem()).startsWith("the key must not contain");
    }

    @Test
    void aRootStringIsTheBodyAndARootArrayIsIndexed() {
        assertThat(StorableJson.violations(json("'~u0000'")))
                .extracting(Violation::field)
                .containsExactly("body");
        assertThat(StorableJson.violations(json("['ok', '~u0002']")))
                .extracting(Violation::field)
                .containsExactly("[1]");
    }

    @Test
    void pathsStartAtTheNameTheOperationGivesTheBody() {
        assertThat(StorableJson.violations(json("{'topo': {'A': {'corpo': 'Oi~u0000'}}}"), "mensagens"))
                .extracting(Violation::field)
                .containsExactly("mensagens.topo.A.corpo");
        assertThat(StorableJson.violations(json("'~u0000'"), "mensagens"))
                .extracting(Violation::field)
                .containsExactly("mensagens");
    }

    @Test
    void cleanJsonHasNoViolationsAndManyAreCutShort() {
        assertThat(StorableJson.violations(json("{'empresa': 'Padaria Pão Quente ~ud83d~ude00', 'linhas': [1, 2.5]}")))
                .isEmpty();
        assertThat(StorableJson.violations(json("['~ud83d']"))).hasSize(1);
        assertThat(StorableJson.violations(json("[" + "'~u0000',".repeat(100) + "'x']")))
                .hasSize(StorableJson.MAX_VIOLATIONS);
    }
}
