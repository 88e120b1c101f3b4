package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.platform.auth.boundary.CallerResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The funnel, from Relatórios' read model: all time, or a period with its days. */
@Path("api/funnel")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class FunilResource {

    @Inject
    Relatorios relatorios;

    @Inject
    CallerResolver callers;

    @GET
    @Operation(
            summary = "Funnel: leads that reached each stage and the stage-to-stage rates, all time or in a period"
                    + " (de..ate, at most 366 days, in the tenant's time zone) with each day's figures")
    public Funil funnel(
            @Parameter(description = "first day, YYYY-MM-DD; alone: up to today") @QueryParam("de") String de,
            @Parameter(description = "last day, YYYY-MM-DD; alone: the 30 days up to it") @QueryParam("ate")
                    String ate) {
        return relatorios.funil(callers.caller(), Datas.opcional(de, "de"), Datas.opcional(ate, "ate"));
    }
}
