package ai.alquimista.platform.users.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.recebimento.Email;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.platform.auth.Passwords;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.sessions.boundary.Sessions;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.platform.users.entity.User;
import ai.alquimista.platform.users.entity.UserStatus;
import ai.alquimista.shared.errors.Conflict;
import ai.alquimista.shared.errors.Forbidden;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A tenant admin's management of the tenant's users; a user belongs to exactly one tenant. The one
 * place their input is checked: every wrong field is named in one {@link InvalidInput}.
 */
@Stateless
public class Users {

    private static final int MAX_NOME = 255;
    private static final int MAX_PASSWORD = 200;
    private static final String ROLE_PROBLEM = oneOf(Role.values());
    private static final String STATUS_PROBLEM = oneOf(UserStatus.values());

    @PersistenceContext(unitName = "alquimista")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Sessions sessions;

    /** Users' e-mails and names are personal data: reading them is audited. */
    public List<UserView> list(Caller caller) {
        audit.record(caller, "user.list", "user", null);
        return em
                .createQuery("SELECT u FROM User u WHERE u.tenantId = :tenant ORDER BY u.email", User.class)
                .setParameter("tenant", caller.tenantId().toString())
                .getResultList()
                .stream()
                .map(UserView::of)
                .toList();
    }

    public UserView get(Caller caller, UUID id) {
        UserView user = UserView.of(find(caller, id));
        audit.record(caller, "user.read", "user", id.toString());
        return user;
    }

    public UserView create(Caller caller, NewUserRequest request) {
        String email = request.email();
        String nome = request.nome();
        String password = request.password();
        List<Violation> violations = new ArrayList<>();
        String normalized = Email.parse(email).value().map(Email::value).orElse(null);
        if (normalized == null) {
            violations.add(new Violation("email", "must be a valid e-mail address"));
        }
        Role parsedRole = role(request.role(), violations);
        violations.addAll(Passwords.policyViolations("password", password));
        if (password != null && password.length() > MAX_PASSWORD) {
            violations.add(new Violation("password", "must have at most " + MAX_PASSWORD + " characters"));
        }
        nome(nome, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (!em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
                .setParameter("email", normalized)
                .getResultList()
                .isEmpty()) {
            throw new Conflict("the e-mail " + normalized + " is already in use");
        }
        User user = new User(caller.tenantId(), normalized, nome, parsedRole);
        user.changePasswordHash(Passwords.hash(password));
        em.persist(user);
        audit.record(
                caller,
                "user.create",
                "user",
                user.getId().toString(),
                Json.createObjectBuilder()
                        .add("email", normalized)
                        .add("role", parsedRole.name())
                        .build());
        return UserView.of(user);
    }

    public UserView update(Caller caller, UUID id, UserChangeRequest change) {
        User user = find(caller, id);
        Optional<String> nome = change.newNome();
        List<Violation> violations = new ArrayList<>();
        nome.ifPresent(value -> nome(value, violations));
        Optional<Role> newRole = change.newRole().map(value -> role(value, violations));
        Optional<UserStatus> newStatus = change.newStatus().map(value -> status(value, violations));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (user.getId().equals(caller.userId())
                && (newRole.isPresent() && newRole.get() != Role.admin
                        || newStatus.isPresent() && newStatus.get() != UserStatus.ativo)) {
            throw new Forbidden("an admin cannot demote or block their own account");
        }
        nome.ifPresent(user::setNome);
        if (newRole.filter(value -> value != user.getRole()).isPresent()) {
            user.changeRole(newRole.get());
            sessions.endAll(user.getId(), Sessions.ROLE_CHANGED);
        }
        if (newStatus.filter(value -> value != user.getStatus()).isPresent()) {
            user.changeStatus(newStatus.get());
            if (newStatus.get() != UserStatus.ativo) {
                sessions.endAll(user.getId(), Sessions.BLOCKED);
            }
        }
        JsonObjectBuilder details = Json.createObjectBuilder();
        nome.ifPresent(value -> details.add("nome", value));
        newRole.ifPresent(value -> details.add("role", value.name()));
        newStatus.ifPresent(value -> details.add("status", value.name()));
        audit.record(caller, "user.update", "user", id.toString(), details.build());
        return UserView.of(user);
    }

    public void delete(Caller caller, UUID id) {
        User user = find(caller, id);
        if (user.getId().equals(caller.userId())) {
            throw new Forbidden("an admin cannot delete their own account");
        }
        sessions.endAll(user.getId(), Sessions.REMOVED);
        em.remove(user);
        audit.record(
                caller,
                "user.delete",
                "user",
                id.toString(),
                Json.createObjectBuilder().add("email", user.getEmail()).build());
    }

    private User find(Caller caller, UUID id) {
        User user = id == null ? null : em.find(User.class, id);
        if (user == null || !caller.tenantId().equals(user.getTenantId())) {
            throw new NotFound("no user " + id);
        }
        return user;
    }

    private static void nome(String value, List<Violation> violations) {
        if (value != null && value.length() > MAX_NOME) {
            violations.add(new Violation("nome", "must have at most " + MAX_NOME + " characters"));
        }
    }

    private static Role role(String value, List<Violation> violations) {
        try {
            return Role.valueOf(value == null ? "" : value.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("role", ROLE_PROBLEM));
            return null;
        }
    }

    private static UserStatus status(String value, List<Violation> violations) {
        try {
            return UserStatus.valueOf(value == null ? "" : value.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("status", STATUS_PROBLEM));
            return null;
        }
    }

    private static String oneOf(Enum<?>[] values) {
        return "must be one of " + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
