package ai.alquimista.shared.problems;

import ai.alquimista.fibonacci.events.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail: every error the API answers has this shape. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {}

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<Violation> violations) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body(status, title, detail, violations))
                .build();
    }

    /** The JSON text of a problem, for a response or for a servlet that writes it itself. */
    public static String body(int status, String title, String detail, List<Violation> violations) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!violations.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            violations.forEach(v -> errors.add(
                    Json.createObjectBuilder().add("field", v.field()).add("problem", v.problem())));
            body.add("errors", errors);
        }
        return body.build().toString();
    }
}
