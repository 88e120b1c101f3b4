package ai.alquimista.platform.agents.boundary;

import ai.alquimista.platform.agents.entity.Agent;
import ai.alquimista.platform.agents.entity.AgentActivation;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** An agent activated by the caller's tenant, with the settings it runs with. */
@JsonbPropertyOrder({"agent_id", "nome", "status", "settings", "activated_at", "deactivated_at"})
public record ActivationView(
        @JsonbProperty("agent_id") String agentId,
        String nome,
        String status,
        JsonObject settings,
        @JsonbProperty("activated_at") Instant activatedAt,
        @JsonbProperty("deactivated_at") Instant deactivatedAt) {

    public static ActivationView of(AgentActivation activation, Agent agent) {
        return new ActivationView(
                activation.getAgentId(),
                agent.getNome(),
                activation.getStatus().name(),
                activation.getSettings() == null ? JsonValue.EMPTY_JSON_OBJECT : activation.getSettings(),
                activation.getActivatedAt(),
                activation.getDeactivatedAt());
    }
}
