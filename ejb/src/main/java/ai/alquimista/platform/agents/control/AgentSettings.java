package ai.alquimista.platform.agents.control;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.disparo.LimitesDeEnvio;
import ai.alquimista.nigredo.disparo.control.CanaisConfigurados;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an agent's settings at activation, so a tenant learns of a mistake then and not when a message fails
 * to go. Disparo: {@code limite_hora}, {@code limite_dia}, {@code tier_whatsapp}, and the adapter per channel
 * ({@code canal_whatsapp}: sandbox or cloud-api; {@code canal_email}: sandbox or smtp).
 */
public final class AgentSettings {

    private AgentSettings() {}

    public static void check(String agentId, JsonObject settings) {
        if (!"nigredo-disparo".equals(agentId)) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        try {
            LimitesDeEnvio.deConfiguracao(settings);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("settings", e.getMessage()));
        }
        CanaisConfigurados.OPCOES.forEach((field, allowed) -> {
            JsonValue value = settings.get(field);
            if (value != null && !(value instanceof JsonString text && allowed.contains(text.getString()))) {
                violations.add(new Violation("settings." + field, "must be one of " + String.join(", ", allowed)));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
