package ai.alquimista.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations an OpenAPI 3 document describes, as the hostile suite needs them: method and path, the
 * parameters by where they go, the request body's media types and the properties of its schema, and whether
 * the document says a bearer token is required.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiOperations() {}

    record Operation(
            String method,
            String path,
            List<String> pathParams,
            List<String> queryParams,
            List<String> headerParams,
            Set<String> bodyMediaTypes,
            List<String> bodyProperties,
            boolean secured) {

        String key() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }

        boolean hasBody() {
            return !bodyMediaTypes.isEmpty();
        }
    }

    static List<Operation> of(JsonObject document) {
        JsonObject schemas = document.getJsonObject("components") == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : document.getJsonObject("components").getJsonObject("schemas");
        boolean securedByDefault = document.containsKey("security")
                && !document.getJsonArray("security").isEmpty();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            List<JsonObject> shared = item.containsKey("parameters")
                    ? item.getJsonArray("parameters").getValuesAs(JsonObject.class)
                    : List.of();
            for (Map.Entry<String, JsonValue> entry : item.entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonObject operation = entry.getValue().asJsonObject();
                List<JsonObject> parameters = new ArrayList<>(shared);
                if (operation.containsKey("parameters")) {
                    parameters.addAll(operation.getJsonArray("parameters").getValuesAs(JsonObject.class));
                }
                Set<String> mediaTypes = new LinkedHashSet<>();
                List<String> properties = new ArrayList<>();
                if (operation.containsKey("requestBody")) {
                    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                    if (content != null) {
                        content.forEach((type, media) -> {
                            mediaTypes.add(type);
                            JsonObject schema = media.asJsonObject().getJsonObject("schema");
                            if (schema != null) {
                                properties(schema, schemas, properties);
                            }
                        });
                    }
                }
                boolean secured = operation.containsKey("security")
                        ? !operation.getJsonArray("security").isEmpty()
                        : securedByDefault;
                operations.add(new Operation(
                        entry.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        names(parameters, "path"),
                        names(parameters, "query"),
                        names(parameters, "header"),
                        mediaTypes,
                        List.copyOf(new LinkedHashSet<>(properties)),
                        secured));
            }
        }
        return operations;
    }

    private static List<String> names(List<JsonObject> parameters, String in) {
        return parameters.stream()
                .filter(p -> in.equals(p.getString("in", "")))
                .map(p -> p.getString("name"))
                .toList();
    }

    /** The schema's own properties, those of what it refers to and of every allOf part. */
    private static void properties(JsonObject schema, JsonObject schemas, List<String> into) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            JsonObject target = schemas == null ? null : schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            if (target != null) {
                properties(target, schemas, into);
            }
            return;
        }
        if (schema.containsKey("properties")) {
            into.addAll(schema.getJsonObject("properties").keySet());
        }
        if (schema.containsKey("allOf")) {
            schema.getJsonArray("allOf").getValuesAs(JsonObject.class).forEach(part -> properties(part, schemas, into));
        }
    }
}
