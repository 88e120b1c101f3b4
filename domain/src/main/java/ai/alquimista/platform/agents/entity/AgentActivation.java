package ai.alquimista.platform.agents.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonObjectConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(schema = "alquimista_platform", name = "agent_activations")
public class AgentActivation {

    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(name = "agent_id", updatable = false)
    private String agentId;

    @Convert(converter = ActivationStatusConverter.class)
    private ActivationStatus status;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject settings;

    @Convert(converter = InstantConverter.class)
    @Column(name = "activated_at")
    private Instant activatedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    protected AgentActivation() {}

    public AgentActivation(UUID tenantId, String agentId, JsonObject settings) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.agentId = Objects.requireNonNull(agentId, "agentId");
        this.settings = settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings;
        this.status = ActivationStatus.ativo;
        this.activatedAt = Instant.now();
    }

    public boolean isActive() {
        return status == ActivationStatus.ativo;
    }

    public void deactivate(Instant at) {
        status = ActivationStatus.inativo;
        deactivatedAt = Objects.requireNonNull(at, "at");
    }

    public void reactivate(Instant at) {
        status = ActivationStatus.ativo;
        activatedAt = Objects.requireNonNull(at, "at");
        deactivatedAt = null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public String getAgentId() {
        return agentId;
    }

    public ActivationStatus getStatus() {
        return status;
    }

    public JsonObject getSettings() {
        return settings;
    }

    public void setSettings(JsonObject settings) {
        this.settings = settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }
}
