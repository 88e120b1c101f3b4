package ai.alquimista.fibonacci.metrics.entity;

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
@Table(schema = "fibonacci_core", name = "metrics")
public class Metric {

    @Id
    private UUID id;

    private String name;

    private String agent;

    @Column(name = "tenant_id")
    private String tenantId;

    private double value;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject dimensions;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Metric() {}

    public Metric(String name, String agent, UUID tenantId, double value, JsonObject dimensions) {
        this.id = UUID.randomUUID();
        this.name = Objects.requireNonNull(name, "name");
        this.agent = agent;
        this.tenantId = Uuids.text(tenantId);
        this.value = value;
        this.dimensions = dimensions == null ? JsonValue.EMPTY_JSON_OBJECT : dimensions;
        this.recordedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAgent() {
        return agent;
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public double getValue() {
        return value;
    }

    public JsonObject getDimensions() {
        return dimensions;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
