package ai.alquimista.nigredo.relatorios.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonObjectConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One tenant's figures for one day; recomputed in place while the day is open. */
@Entity
@Table(schema = "nigredo_leads", name = "metricas_diarias")
public class MetricaDiaria {

    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(updatable = false)
    private LocalDate data;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject metricas;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected MetricaDiaria() {}

    public MetricaDiaria(UUID tenantId, LocalDate data, JsonObject metricas) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.data = Objects.requireNonNull(data, "data");
        this.metricas = Objects.requireNonNull(metricas, "metricas");
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public LocalDate getData() {
        return data;
    }

    public JsonObject getMetricas() {
        return metricas;
    }

    public void setMetricas(JsonObject metricas) {
        this.metricas = Objects.requireNonNull(metricas, "metricas");
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
