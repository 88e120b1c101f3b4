package ai.alquimista.platform.audit.boundary;

import ai.alquimista.platform.audit.entity.AuditLog;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/** One entry of the tenant's audit log: who did what, on what, when and from where; {@code details} as recorded. */
public record AuditEntry(
        UUID id,
        String action,
        @JsonbProperty("user_id") UUID userId,
        @JsonbProperty("target_type") String targetType,
        @JsonbProperty("target_id") String targetId,
        JsonObject details,
        @JsonbProperty("ip_address") String ipAddress,
        @JsonbProperty("user_agent") String userAgent,
        @JsonbProperty("created_at") Instant createdAt) {

    static AuditEntry of(AuditLog entry) {
        return new AuditEntry(
                entry.getId(),
                entry.getAction(),
                entry.getUserId(),
                entry.getTargetType(),
                entry.getTargetId(),
                entry.getDetails(),
                entry.getIpAddress(),
                entry.getUserAgent(),
                entry.getCreatedAt());
    }
}
