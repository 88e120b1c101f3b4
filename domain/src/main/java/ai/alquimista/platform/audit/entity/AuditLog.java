package ai.alquimista.platform.audit.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.JsonObjectConverter;
import ai.alquimista.shared.persistence.Uuids;
import ai.alquimista.shared.text.StorableText;
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

/** Append-only record of who did what; the fluent setters are meant for building it before persisting. */
@Entity
@Table(schema = "alquimista_platform", name = "audit_logs")
public class AuditLog {

    /** The widths of ip_address and user_agent. */
    public static final int MAX_IP_ADDRESS = 64;

    public static final int MAX_USER_AGENT = 512;

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "user_id")
    private String userId;

    private String action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    @Convert(converter = JsonObjectConverter.class)
    private JsonObject details;

    @Column(name = "ip_address")
    private String ipAddress;

    @Column(name = "user_agent")
    private String userAgent;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected AuditLog() {}

    public AuditLog(UUID tenantId, UUID userId, String action) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(tenantId);
        this.userId = Uuids.text(userId);
        this.action = Objects.requireNonNull(action, "action");
        this.details = JsonValue.EMPTY_JSON_OBJECT;
        this.createdAt = Instant.now();
    }

    public AuditLog target(String type, String id) {
        this.targetType = type;
        this.targetId = id;
        return this;
    }

    public AuditLog details(JsonObject details) {
        this.details = details == null ? JsonValue.EMPTY_JSON_OBJECT : details;
        return this;
    }

    /**
     * The client's address and User-Agent header are information, not input the caller means: they are cut to
     * their columns and control characters replaced, so no header can fail the request it belongs to.
     */
    public AuditLog client(String ipAddress, String userAgent) {
        this.ipAddress = StorableText.sanitized(ipAddress, MAX_IP_ADDRESS);
        this.userAgent = StorableText.sanitized(userAgent, MAX_USER_AGENT);
        return this;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public UUID getUserId() {
        return Uuids.of(userId);
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public JsonObject getDetails() {
        return details;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
