package ai.alquimista.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PGobject;

class JsonConvertersTest {

    private final JsonObjectConverter objects = new JsonObjectConverter();
    private final JsonArrayConverter arrays = new JsonArrayConverter();

    @Test
    void objectRoundTripsThroughJsonbPGobject() {
        JsonObject detail = Json.createObjectBuilder()
                .add(
                        "lead",
                        Json.createObjectBuilder()
                                .add("empresa", "Padaria São João")
                                .add("score", 87))
                .add("tags", Json.createArrayBuilder().add("b2b").add("sp"))
                .addNull("cnpj")
                .build();

        Object column = objects.convertToDatabaseColumn(detail);

        assertThat(column).isInstanceOf(PGobject.class);
        assertThat(((PGobject) column).getType()).isEqualTo("jsonb");
        assertThat(objects.convertToEntityAttribute(column)).isEqualTo(detail);
    }

    @Test
    void arrayRoundTripsThroughJsonbPGobject() {
        JsonArray logs = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("agent", "nigredo-recebimento"))
                .add(42)
                .build();

        Object column = arrays.convertToDatabaseColumn(logs);

        assertThat(((PGobject) column).getType()).isEqualTo("jsonb");
        assertThat(arrays.convertToEntityAttribute(column)).isEqualTo(logs);
    }

    @Test
    void readsPlainStrings() {
        assertThat(objects.convertToEntityAttribute("{\"a\":1}"))
                .isEqualTo(Json.createObjectBuilder().add("a", 1).build());
        assertThat(arrays.convertToEntityAttribute("[]")).isEmpty();
    }

    @Test
    void nullStaysNull() {
        assertThat(objects.convertToDatabaseColumn(null)).isNull();
        assertThat(objects.convertToEntityAttribute(null)).isNull();
        assertThat(arrays.convertToDatabaseColumn(null)).isNull();
        assertThat(arrays.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void rejectsValuesThatAreNotJson() {
        assertThatThrownBy(() -> objects.convertToEntityAttribute(42)).isInstanceOf(IllegalArgumentException.class);
    }
}
