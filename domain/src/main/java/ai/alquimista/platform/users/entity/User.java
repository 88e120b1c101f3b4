package ai.alquimista.platform.users.entity;

import ai.alquimista.platform.auth.SignInAccount;
import ai.alquimista.platform.auth.SignInLock;
import ai.alquimista.shared.persistence.Uuids;
import ai.alquimista.shared.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(schema = "alquimista_platform", name = "users")
public class User implements SignInAccount {

    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    private String email;

    private String nome;

    @Convert(converter = RoleConverter.class)
    private Role role;

    @Column(name = "password_hash")
    private String passwordHash;

    @Convert(converter = UserStatusConverter.class)
    private UserStatus status;

    @Embedded
    private SignInLock lock = new SignInLock();

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected User() {
    }

    public User(UUID tenantId, String email, String nome, Role role) {
        this.id = UUID.randomUUID();
        this.tenantId = Uuids.text(Objects.requireNonNull(tenantId, "tenantId"));
        this.email = Objects.requireNonNull(email, "email");
        this.nome = nome;
        this.role = Objects.requireNonNull(role, "role");
        this.status = UserStatus.ativo;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Whether sign-in is refused at {@code now}; a lock that has run out is lifted (see {@link SignInLock#isLockedAt}). */
    public boolean isLockedAt(Instant now) {
        return lock.isLockedAt(now);
    }

    public void recordLogin(Instant at) {
        lock.recordLogin();
        lastLoginAt = Objects.requireNonNull(at, "at");
        touch();
    }

    /** Counts a failed login and returns the running count, so the caller can decide to {@link #lockUntil}. */
    @Override
    public int recordFailedLogin() {
        touch();
        return lock.recordFailedLogin();
    }

    @Override
    public void lockUntil(Instant until) {
        lock.lockUntil(until);
        touch();
    }

    public void changeStatus(UserStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        touch();
    }

    public void changeRole(Role role) {
        this.role = Objects.requireNonNull(role, "role");
        touch();
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        touch();
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return Uuids.of(tenantId);
    }

    public String getEmail() {
        return email;
    }

    public String getNome() {
        return nome;
    }

    public void setNome(String nome) {
        this.nome = nome;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public String getPasswordHash() {
        return passwordHash;
    }

    public UserStatus getStatus() {
        return status;
    }

    public int getFailedLogins() {
        return lock.getFailedLogins();
    }

    public Instant getLockedUntil() {
        return lock.getLockedUntil();
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
