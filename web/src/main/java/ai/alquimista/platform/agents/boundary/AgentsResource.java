package ai.alquimista.platform.agents.boundary;

import ai.alquimista.platform.auth.boundary.CallerResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The agent marketplace and the caller's tenant's activations ("my agents"). */
@Path("api")
@ApplicationScoped
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

    @Inject
    Marketplace marketplace;

    @Inject
    CallerResolver callers;

    @GET
    @Path("agents")
    @RolesAllowed("viewer")
    @Operation(
            summary = "The catalog: every agent with description, requirements, plan, price and whether it is active")
    public List<AgentView> catalog() {
        return marketplace.catalog(callers.caller());
    }

    @GET
    @Path("agents/{id}")
    @RolesAllowed("viewer")
    @Operation(summary = "One agent of the catalog")
    public AgentView agent(@PathParam("id") String id) {
        return marketplace.agent(callers.caller(), id);
    }

    @POST
    @Path("agents/{id}/activate")
    @RolesAllowed("manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activate an agent for the caller's tenant, with its settings (idempotent; manager or admin)")
    public ActivationView activate(@PathParam("id") String id, ActivationRequest request) {
        return marketplace.activate(
                callers.caller(), id, Optional.ofNullable(request).map(ActivationRequest::settings));
    }

    @POST
    @Path("agents/{id}/deactivate")
    @RolesAllowed("manager")
    @Operation(summary = "Deactivate an agent for the caller's tenant (manager or admin)")
    public ActivationView deactivate(@PathParam("id") String id) {
        return marketplace.deactivate(callers.caller(), id);
    }

    @GET
    @Path("activations")
    @RolesAllowed("viewer")
    @Operation(summary = "My agents: the agents active for the caller's tenant")
    public List<ActivationView> activations() {
        return marketplace.activations(callers.caller());
    }
}
