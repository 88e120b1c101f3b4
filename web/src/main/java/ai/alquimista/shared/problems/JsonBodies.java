package ai.alquimista.shared.problems;

import ai.alquimista.shared.errors.TooLarge;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** Reads a request body as JSON, refusing empty, oversized or broken bodies with a clear problem. */
public final class JsonBodies {

    public static final int MAX_BYTES = 256 * 1024;

    private JsonBodies() {
    }

    public static JsonValue parse(String body) {
        return parse(body, MAX_BYTES);
    }

    public static JsonValue parse(String body, int maxBytes) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "Empty body", "the request body must be JSON");
        }
        if (body.length() > maxBytes) {
            throw new TooLarge("the request body", maxBytes);
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new ProblemException(400, "Malformed JSON", "the body is not valid JSON: " + e.getMessage()
                    + " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException e) {
            throw new ProblemException(400, "Malformed JSON", "the body is not valid JSON: " + e.getMessage());
        }
    }
}
