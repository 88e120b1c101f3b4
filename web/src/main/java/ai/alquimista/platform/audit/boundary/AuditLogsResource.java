package ai.alquimista.platform.audit.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.paging.Page;
import ai.alquimista.shared.paging.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The tenant's audit log, for its admins. */
@Path("api/audit-logs")
@RequestScoped
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogsResource {

    @Inject
    AuditLogs auditLogs;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Audit entries, newest first; filter by action prefix, user and ISO-8601 time range")
    public Page<AuditEntry> page(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("action") String action,
            @QueryParam("user_id") String userId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Paging paging = Paging.of(page, size, 200);
        List<Violation> violations = new ArrayList<>();
        var filter = new AuditLogs.Filter(
                Optional.ofNullable(action).filter(a -> !a.isBlank()),
                uuid(userId, violations),
                instant("from", from, violations),
                instant("to", to, violations));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return auditLogs.page(caller, filter, paging.page(), paging.size());
    }

    private static Optional<UUID> uuid(String value, List<Violation> violations) {
        Optional<UUID> id = Ids.parse(value);
        if (id.isEmpty() && value != null && !value.isBlank()) {
            violations.add(new Violation("user_id", "must be a UUID"));
        }
        return id;
    }

    /** Years PostgreSQL's timestamptz holds, and more than anyone filters by; Instant parses ±1,000,000,000. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static Optional<Instant> instant(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant instant = Instant.parse(value);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                violations.add(new Violation(field, "must be an instant between the years 1 and 9999"));
                return Optional.empty();
            }
            return Optional.of(instant);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z"));
            return Optional.empty();
        }
    }
}
