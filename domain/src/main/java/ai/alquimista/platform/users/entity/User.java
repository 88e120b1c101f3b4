package ai.alquimista.platform.users.entity;

import ai.alquimista.platform.auth.SignInAccount;
import ai.alquimista.platform.tenants.entity.Tenant;
import ai.alquimista.shared.persistence.InstantConverter;
import ai.alquimista.shared.persistence.Uuids;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected User() {}

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

    /** Whether this account may sign in: active, in an active tenant. */
    public boolean canSignIn(Tenant tenant) {
        return status == UserStatus.ativo && tenant != null && tenant.isActive();
    }

    public void recordLogin(Instant at) {
        lastLoginAt = Objects.requireNonNull(at, "at");
        touch();
    }

    @Override
    public String accountKey() {
        return "user:" + id;
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
