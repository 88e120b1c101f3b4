package ai.alquimista.shared.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Map;

@Converter
public class JsonObjectConverter implements AttributeConverter<JsonObject, Object> {

    // Json.createReader looks the provider up on every call; a factory does it once.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Override
    public Object convertToDatabaseColumn(JsonObject attribute) {
        return attribute == null ? null : Jsonb.column(attribute.toString());
    }

    @Override
    public JsonObject convertToEntityAttribute(Object dbData) {
        String text = Jsonb.text(dbData);
        if (text == null) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
