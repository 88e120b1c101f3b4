package ai.alquimista.platform.agents.boundary;

import ai.alquimista.platform.agents.entity.Agent;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;

/** An agent of the catalog as a tenant sees it: whether it is active for the tenant. */
@JsonbPropertyOrder({"id", "nome", "descricao", "categoria", "plan", "requirements", "active", "price_brl"})
public record AgentView(
        String id,
        String nome,
        String descricao,
        String categoria,
        String plan,
        JsonArray requirements,
        boolean active,
        @JsonbProperty("price_brl") BigDecimal priceBrl) {

    public static AgentView of(Agent agent, boolean active) {
        return new AgentView(
                agent.getId(),
                agent.getNome(),
                orEmpty(agent.getDescricao()),
                orEmpty(agent.getCategoria()),
                orEmpty(agent.getPlan()),
                agent.getRequirements() == null ? JsonValue.EMPTY_JSON_ARRAY : agent.getRequirements(),
                active,
                agent.getPriceBrl());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
