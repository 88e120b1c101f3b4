package ai.alquimista.fibonacci.events.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonArrayConverter;
import ai.alquimista.shared.persistence.JsonObjectConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(schema = "fibonacci_core", name = "events")
public class Event {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Id
    private UUID id;

    private String source;

    private String type;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject detail;

    @Column(name = "trace_id")
    private String traceId;

    @Column(name = "correlation_id")
    private String correlationId;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "routed_to")
    private String routedTo;

    @Convert(converter = EventStatusConverter.class)
    private EventStatus status;

    @Convert(converter = JsonArrayConverter.class)
    private JsonArray logs;

    @Column(name = "origin_message_id")
    private String originMessageId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Event() {}

    public Event(String source, String type, JsonObject detail, UUID traceId) {
        this.id = UUID.randomUUID();
        this.source = Objects.requireNonNull(source, "source");
        this.type = Objects.requireNonNull(type, "type");
        this.detail = detail == null ? JsonValue.EMPTY_JSON_OBJECT : detail;
        this.traceId = Uuids.text(Objects.requireNonNull(traceId, "traceId"));
        this.status = EventStatus.recebido;
        this.logs = JsonValue.EMPTY_JSON_ARRAY;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public JsonArray appendLog(JsonObject hop) {
        logs = JSON.createArrayBuilder(logs).add(hop).build();
        touch();
        return logs;
    }

    public void markRouted(String queue) {
        routedTo = Objects.requireNonNull(queue, "queue");
        status = EventStatus.roteado;
        touch();
    }

    public void markProcessed() {
        status = EventStatus.processado;
        touch();
    }

    public void markFailed() {
        status = EventStatus.falhou;
        touch();
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getType() {
        return type;
    }

    public JsonObject getDetail() {
        return detail;
    }

    public UUID getTraceId() {
        return Uuids.of(traceId);
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public void setTenantId(UUID tenantId) {
        this.tenantId = Uuids.text(tenantId);
    }

    public String getRoutedTo() {
        return routedTo;
    }

    public EventStatus getStatus() {
        return status;
    }

    public JsonArray getLogs() {
        return logs;
    }

    public String getOriginMessageId() {
        return originMessageId;
    }

    public void setOriginMessageId(String originMessageId) {
        this.originMessageId = originMessageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
