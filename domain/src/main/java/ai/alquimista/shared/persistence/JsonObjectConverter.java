package ai.alquimista.shared.persistence;

import ai.alquimista.shared.json.JsonText;
import jakarta.json.JsonObject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class JsonObjectConverter implements AttributeConverter<JsonObject, Object> {

    @Override
    public Object convertToDatabaseColumn(JsonObject attribute) {
        return attribute == null ? null : Jsonb.column(attribute.toString());
    }

    @Override
    public JsonObject convertToEntityAttribute(Object dbData) {
        String text = Jsonb.text(dbData);
        return text == null ? null : JsonText.object(text);
    }
}
