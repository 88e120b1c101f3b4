package ai.alquimista.shared.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

/** Reads JSON from text: a jsonb column, a stored message. */
public final class JsonText {

    // Json.createReader looks the provider up on every call; a factory does it once.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonText() {}

    /** The object the text holds; an absent or blank text is the empty object. */
    public static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /**
     * A field as the text it shows: a string as it is, a number as its digits (a spreadsheet cell or BrasilAPI's
     * numeric codes); empty when absent, null or blank. Stripped.
     */
    public static Optional<String> field(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        String text = value instanceof JsonString string ? string.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** The array the text holds; an absent or blank text is the empty array. */
    public static JsonArray array(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}
