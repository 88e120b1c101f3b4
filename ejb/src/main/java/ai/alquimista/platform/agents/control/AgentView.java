package ai.alquimista.platform.agents.control;

import ai.alquimista.platform.agents.entity.Agent;
import ai.alquimista.platform.agents.entity.AgentActivation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** How the marketplace shows agents and activations to a tenant. */
public final class AgentView {

    private AgentView() {}

    public static JsonObject of(Agent agent, boolean active) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", agent.getId())
                .add("nome", agent.getNome())
                .add("descricao", agent.getDescricao() == null ? "" : agent.getDescricao())
                .add("categoria", agent.getCategoria() == null ? "" : agent.getCategoria())
                .add("plan", agent.getPlan() == null ? "" : agent.getPlan())
                .add(
                        "requirements",
                        agent.getRequirements() == null ? JsonValue.EMPTY_JSON_ARRAY : agent.getRequirements())
                .add("active", active);
        if (agent.getPriceBrl() != null) {
            json.add("price_brl", agent.getPriceBrl());
        }
        return json.build();
    }

    public static JsonObject of(AgentActivation activation, Agent agent) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("agent_id", activation.getAgentId())
                .add("nome", agent.getNome())
                .add("status", activation.getStatus().name())
                .add(
                        "settings",
                        activation.getSettings() == null ? JsonValue.EMPTY_JSON_OBJECT : activation.getSettings());
        if (activation.getActivatedAt() != null) {
            json.add("activated_at", activation.getActivatedAt().toString());
        }
        if (activation.getDeactivatedAt() != null) {
            json.add("deactivated_at", activation.getDeactivatedAt().toString());
        }
        return json.build();
    }
}
