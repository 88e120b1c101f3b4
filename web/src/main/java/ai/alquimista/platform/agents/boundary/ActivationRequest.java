package ai.alquimista.platform.agents.boundary;

import jakarta.json.JsonObject;

/** {@code POST /api/agents/{id}/activate} body; settings are optional. */
public record ActivationRequest(JsonObject settings) {}
