package ai.alquimista.nigredo.leads.boundary;

import ai.alquimista.fibonacci.traces.boundary.TraceView;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.paging.Page;
import ai.alquimista.shared.paging.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The tenant's leads (each read audited: personal data); the funnel is {@code FunilResource}. */
@Path("api")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class LeadsResource {

    @Inject
    LeadsQuery leads;

    @Inject
    CallerResolver callers;

    @GET
    @Path("leads")
    @Operation(summary = "The tenant's leads, newest first (each read is audited: personal data)")
    public Page<LeadView> leads(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Paging paging = Paging.of(page, size, 200);
        return leads.page(callers.caller(), paging.page(), paging.size());
    }

    @GET
    @Path("leads/{id}/rastro")
    @Operation(
            summary = "A lead's path through the agents, across traces: every event about the lead or the import that"
                    + " brought it in, in order, with the agent that took each, its time in the queue and in the agent"
                    + " (the read is audited)")
    public TraceView path(@PathParam("id") String id) {
        return Ids.parse(id)
                .flatMap(lead -> leads.path(callers.caller(), lead))
                .orElseThrow(() -> new NotFound("no lead with id '" + id + "'"));
    }
}
