package ai.alquimista.nigredo.chains.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.recebimento.boundary.StalledImport;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Operators' view of the chains of messages that stopped: imports with rows still to receive and no chunk for the
 * watchdog's stall window, and received imports Estratégia never planned; each can be resumed by hand, the ones the
 * watchdog gave up on included.
 */
@Path("admin/chains")
@ApplicationScoped
@RolesAllowed(Operator.ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ChainsResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    StalledChains chains;

    @Inject
    CallerResolver caller;

    @GET
    @Operation(
            summary = "Stalled imports, longest stalled first: tenant, chain (import: rows still to receive;"
                    + " planning: received, never planned), since when, rows processed of total, resumptions, and"
                    + " whether the watchdog gave up. limit 1-500 (100)")
    public List<StalledImport> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(List.of(new Violation("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return chains.list(limit);
    }

    @POST
    @Path("{id}/resume")
    @Operation(
            summary = "Resumes a stalled import now, in the chain it stalled in, as the watchdog would (its next chunk"
                    + " asked for again, or Estratégia told again), its resumptions counted afresh; audited"
                    + " operator.chain.resume in the tenant's log. 409 when it is not stalled")
    public ResumedImport resume(@PathParam("id") String id) {
        UUID importId = Ids.parse(id)
                .orElseThrow(() -> new InvalidInput(List.of(new Violation("id", "must be the UUID of an import"))));
        return chains.resumeForOperator(importId, caller.operator());
    }
}
