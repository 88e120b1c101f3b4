package ai.alquimista.shared.problems;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.TooLarge;
import ai.alquimista.shared.json.StorableJson;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.List;

/**
 * Reads a request body as JSON, refusing empty, oversized or broken bodies (trailing content and nesting past
 * 1,000 levels included) with a clear problem, and bodies with
 * a string or key PostgreSQL cannot store or nobody types (NUL and other control characters: see
 * {@link ai.alquimista.shared.text.StorableText}), each named by its path. Every JSON body passes here: resources
 * that take the body as text call {@link #parse}, bodies bound to classes pass through {@link JsonEntities}.
 */
public final class JsonBodies {

    public static final int MAX_BYTES = 256 * 1024;

    private JsonBodies() {}

    public static JsonValue parse(String body) {
        return parse(body, MAX_BYTES);
    }

    public static JsonValue parse(String body, int maxBytes) {
        return parse(body, maxBytes, "");
    }

    /** @param root what the operation calls the body, to name fields as its own checks do ({@code mensagens}) */
    public static JsonValue parse(String body, int maxBytes, String root) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "Empty body", "the request body must be JSON");
        }
        if (body.length() > maxBytes) {
            throw new TooLarge("the request body", maxBytes);
        }
        JsonValue json;
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            parser.next();
            json = parser.getValue();
            // a JsonReader stops after the first value: "{...}}garbage" would pass
            if (parser.hasNext()) {
                throw new ProblemException(400, "Malformed JSON", "the body holds more than one JSON value");
            }
        } catch (JsonParsingException e) {
            throw new ProblemException(
                    400,
                    "Malformed JSON",
                    "the body is not valid JSON: " + e.getMessage() + " (line "
                            + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException e) {
            throw new ProblemException(400, "Malformed JSON", "the body is not valid JSON: " + e.getMessage());
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than 1,000 with a plain RuntimeException ("Input is too deeply nested")
            throw new ProblemException(400, "Malformed JSON", "the body cannot be read as JSON: " + e.getMessage());
        }
        List<Violation> unstorable = StorableJson.violations(json, root);
        if (!unstorable.isEmpty()) {
            throw new InvalidInput(unstorable);
        }
        return json;
    }
}
