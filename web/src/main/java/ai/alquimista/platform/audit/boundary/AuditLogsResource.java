package ai.alquimista.platform.audit.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.http.QueryValues;
import ai.alquimista.shared.paging.Page;
import ai.alquimista.shared.paging.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The tenant's audit log, for its admins. */
@Path("api/audit-logs")
@ApplicationScoped
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogsResource {

    @Inject
    AuditLogs auditLogs;

    @Inject
    CallerResolver callers;

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
                QueryValues.uuid("user_id", userId, violations),
                QueryValues.instant("from", from, violations),
                QueryValues.instant("to", to, violations));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return auditLogs.page(callers.caller(), filter, paging.page(), paging.size());
    }
}
