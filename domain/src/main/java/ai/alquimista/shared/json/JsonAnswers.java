package ai.alquimista.shared.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The shapes the API answers with, built the same way everywhere. */
public final class JsonAnswers {

    private JsonAnswers() {}

    /** One page of a list: {@code {items, page, size, total}}. */
    public static JsonObject page(JsonArrayBuilder items, int page, int size, long total) {
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", page)
                .add("size", size)
                .add("total", total)
                .build();
    }

    /** Adds the field only when there is a value (as text): absent fields are left out, never null. */
    public static JsonObjectBuilder optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
        return json;
    }
}
