package ai.alquimista.platform.operators.entity;

import ai.alquimista.platform.auth.SignInAccount;
import ai.alquimista.shared.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Someone who runs the platform itself: queues, dead letters, timers. Never a member of a tenant. */
@Entity
@Table(schema = "alquimista_platform", name = "operators")
public class Operator implements SignInAccount {

    public static final String ROLE = "platform-operator";

    @Id
    private UUID id;

    private String email;

    private String nome;

    @Column(name = "password_hash")
    private String passwordHash;

    private String status;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Convert(converter = InstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Operator() {
    }

    public Operator(String email, String nome, String passwordHash) {
        this.id = UUID.randomUUID();
        this.email = Objects.requireNonNull(email, "email");
        this.nome = nome;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.status = "ativo";
        this.createdAt = Instant.now();
    }

    public boolean canSignInAt(Instant now) {
        return "ativo".equals(status) && (lockedUntil == null || !now.isBefore(lockedUntil));
    }

    @Override
    public int recordFailedLogin() {
        return ++failedLogins;
    }

    @Override
    public void lockUntil(Instant until) {
        lockedUntil = until;
    }

    public void recordLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getNome() {
        return nome;
    }

    @Override
    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }
}
