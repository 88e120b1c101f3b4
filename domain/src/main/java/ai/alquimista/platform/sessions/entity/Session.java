package ai.alquimista.platform.sessions.entity;

import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.Uuids;
import ai.alquimista.shared.text.StorableText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in session: the token names it (claim {@code sid}) and is honoured only while it is open. It ends when
 * it expires, or when it is revoked: sign-out, a password change, a role change, the account removed or blocked,
 * the tenant suspended.
 */
@Entity
@Table(schema = "alquimista_platform", name = "sessions")
public class Session {

    public static final String USER = "user";
    public static final String OPERATOR = "operator";

    private static final int MAX_IP_ADDRESS = 64;
    private static final int MAX_USER_AGENT = 512;

    @Id
    private UUID id;

    @Column(name = "account_type", updatable = false)
    private String accountType;

    @Column(name = "account_id", updatable = false)
    private UUID accountId;

    /** Text: EclipseLink cannot read SQL NULL into a UUID attribute (an operator's session has no tenant). */
    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Column(name = "ip_address", updatable = false)
    private String ipAddress;

    @Column(name = "user_agent", updatable = false)
    private String userAgent;

    protected Session() {}

    private Session(
            String accountType,
            UUID accountId,
            UUID tenantId,
            Instant createdAt,
            Instant expiresAt,
            String ipAddress,
            String userAgent) {
        this.id = UUID.randomUUID();
        this.accountType = accountType;
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.tenantId = tenantId == null ? null : Uuids.text(tenantId);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.ipAddress = StorableText.sanitized(ipAddress, MAX_IP_ADDRESS);
        this.userAgent = StorableText.sanitized(userAgent, MAX_USER_AGENT);
    }

    public static Session ofUser(
            UUID userId, UUID tenantId, Instant now, Instant expiresAt, String ip, String userAgent) {
        return new Session(USER, userId, Objects.requireNonNull(tenantId, "tenantId"), now, expiresAt, ip, userAgent);
    }

    public static Session ofOperator(UUID operatorId, Instant now, Instant expiresAt, String ip, String userAgent) {
        return new Session(OPERATOR, operatorId, null, now, expiresAt, ip, userAgent);
    }

    public boolean isOpenAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Ends the session; revoking an ended one keeps its first reason. */
    public void revoke(String reason, Instant now) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(now, "now");
            revokedReason = Objects.requireNonNull(reason, "reason");
        }
    }

    public UUID getId() {
        return id;
    }

    public boolean isOperator() {
        return OPERATOR.equals(accountType);
    }

    public UUID getAccountId() {
        return accountId;
    }

    public Optional<UUID> getTenantId() {
        return Optional.ofNullable(tenantId).map(Uuids::of);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }
}
