package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CelulasTest {

    /** A row as JSON, with single quotes for double quotes and ~ for a backslash. */
    private static JsonObject linha(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"').replace('~', '\\')))
                .readObject();
    }

    @Test
    void aCellWithAControlCharacterIsAnIssueOfItsField() {
        assertThat(Celulas.inconformidades(linha("{'empresa': 'Pada~u0000ria', 'contato': 'Maria',"
                        + " 'opt_in_whatsapp': 'sim~u0001', 'telefone': 11987654321}")))
                .containsExactly(
                        new Inconformidade("empresa", Motivo.CONTROL_CHARACTER),
                        new Inconformidade("opt_in_whatsapp", Motivo.CONTROL_CHARACTER));
        assertThat(Celulas.inconformidades(linha("{'empresa': 'Padaria~tPão~r~nQuente', 'telefone': 11987654321}")))
                .isEmpty();
    }

    @Test
    void aValueNestedInAJsonRowIsCheckedAndABadKeyIsNamedLinha() {
        assertThat(Celulas.inconformidades(linha("{'empresa': ['ok', {'x': '~u0000'}]}")))
                .containsExactly(new Inconformidade("empresa", Motivo.CONTROL_CHARACTER));
        assertThat(Celulas.inconformidades(linha("{'em~u0000presa': '~u0000'}")))
                .containsExactly(new Inconformidade("linha", Motivo.CONTROL_CHARACTER));
    }
}
