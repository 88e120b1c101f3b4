package ai.alquimista.platform.operators.entity;

import ai.alquimista.platform.auth.SignInAccount;
import ai.alquimista.platform.users.entity.UserStatus;
import ai.alquimista.platform.users.entity.UserStatusConverter;
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

    /** The table allows {@code ativo} and {@code bloqueado} only. */
    @Convert(converter = UserStatusConverter.class)
    private UserStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Operator() {}

    public Operator(String email, String nome, String passwordHash) {
        this.id = UUID.randomUUID();
        this.email = Objects.requireNonNull(email, "email");
        this.nome = nome;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.status = UserStatus.ativo;
        this.createdAt = Instant.now();
    }

    public boolean canSignIn() {
        return status == UserStatus.ativo;
    }

    @Override
    public String accountKey() {
        return "operator:" + id;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String getPasswordHash() {
        return passwordHash;
    }
}
