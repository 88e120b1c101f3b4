package ai.alquimista.nigredo.estrategia.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"ativa": true}}: whether a campaign enrols its segment's later leads on its own. */
@Schema(description = "Whether an approved or active campaign enrols its segment's later leads on its own")
public record InscricaoAutomatica(boolean ativa) {

    /** The body as a person sent it: an object holding {@code ativa}, true or false, and nothing else (400). */
    public static InscricaoAutomatica de(JsonValue body) {
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput(List.of(new Violation("ativa", "must be true or false, as in {\"ativa\": true}")));
        }
        JsonObject object = body.asJsonObject();
        List<Violation> violations = new ArrayList<>();
        object.keySet().stream()
                .filter(key -> !key.equals("ativa"))
                .sorted()
                .forEach(key -> violations.add(new Violation(key, "is not a field of this request; only ativa")));
        JsonValue ativa = object.get("ativa");
        if (ativa != JsonValue.TRUE && ativa != JsonValue.FALSE) {
            violations.add(
                    new Violation("ativa", ativa == null ? "is required: true or false" : "must be true or false"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new InscricaoAutomatica(ativa == JsonValue.TRUE);
    }
}
