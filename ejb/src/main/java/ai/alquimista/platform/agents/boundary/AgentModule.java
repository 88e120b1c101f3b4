package ai.alquimista.platform.agents.boundary;

import ai.alquimista.platform.agents.CatalogEntry;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * What an agent contributes to the marketplace, discovered through CDI: its catalog entry and the check of the
 * settings a tenant activates it with. Adding an agent adds one of these and touches no platform class.
 */
public interface AgentModule {

    CatalogEntry catalogEntry();

    /**
     * Refuses settings the agent cannot run with, naming every wrong field ({@link
     * ai.alquimista.shared.errors.InvalidInput}), so a tenant learns of a mistake at activation and not when a message
     * fails. An agent without settings of its own takes any object.
     */
    default void checkSettings(JsonObject settings) {}

    /**
     * The tenant saved these (checked) settings, inside the same transaction: an agent that keeps part of them
     * elsewhere, under a key unique across tenants, updates it here and refuses a clash by throwing a {@link
     * ai.alquimista.shared.errors.Refusal} (the save rolls back).
     */
    default void settingsSaved(UUID tenantId, JsonObject settings) {}
}
