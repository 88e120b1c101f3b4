package ai.alquimista.fibonacci.outbox.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.outbox.entity.OutboxState;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.ids.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Operators' view of the transactional outbox: rows still to be sent (with their last error) and dead rows, which
 * nothing retries until an operator does. Bodies are never shown (they may hold a tenant's data); reads and retries
 * are audited.
 */
@Path("admin/outbox")
@ApplicationScoped
@RolesAllowed(Operator.ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    OutboxAdministration outbox;

    @Inject
    CallerResolver caller;

    @GET
    @Operation(
            summary = "Outbox rows still to be sent (state=pendente, by when they are due) or dead after"
                    + " alquimista.outbox.max-attempts failures (state=morta, newest first): queue, attempts, last"
                    + " error, created, next attempt; never the body. limit 1-500 (50)")
    public List<OutboxEntry> list(
            @QueryParam("state") @DefaultValue("pendente") String state,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        List<Violation> violations = new ArrayList<>();
        OutboxState wanted = null;
        if (OutboxState.PENDENTE.label().equals(state)) {
            wanted = OutboxState.PENDENTE;
        } else if (OutboxState.MORTA.label().equals(state)) {
            wanted = OutboxState.MORTA;
        } else {
            violations.add(new Violation("state", "must be pendente or morta"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new Violation("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return outbox.list(wanted, limit, caller.operator());
    }

    @POST
    @Path("{id}/retry")
    @Operation(
            summary = "A dead or pending outbox row becomes due now, its attempts counted afresh, and is relayed at"
                    + " once (404 for an unknown row, 409 for one already sent)")
    public OutboxEntry retry(@PathParam("id") String id) {
        return outbox.retry(id(id), caller.operator());
    }

    @POST
    @Path("retry")
    @Operation(summary = "Every dead outbox row becomes due now, its attempts counted afresh; the sweep sends them")
    public RetriedOutbox retryDead() {
        return outbox.retryDead(caller.operator());
    }

    private static UUID id(String id) {
        return Ids.parse(id)
                .orElseThrow(() -> new InvalidInput(List.of(new Violation("id", "must be the UUID of an outbox row"))));
    }
}
