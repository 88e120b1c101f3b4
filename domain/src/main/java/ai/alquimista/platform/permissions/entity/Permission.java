package ai.alquimista.platform.permissions.entity;

import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.platform.users.entity.RoleConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** Grants {@code role} the {@code action} on {@code resource}. */
@Entity
@Table(schema = "alquimista_platform", name = "permissions")
public class Permission {

    @Id
    private UUID id;

    @Convert(converter = RoleConverter.class)
    private Role role;

    private String resource;

    private String action;

    protected Permission() {}

    public Permission(Role role, String resource, String action) {
        this.id = UUID.randomUUID();
        this.role = Objects.requireNonNull(role, "role");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.action = Objects.requireNonNull(action, "action");
    }

    public UUID getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }

    public String getResource() {
        return resource;
    }

    public String getAction() {
        return action;
    }
}
