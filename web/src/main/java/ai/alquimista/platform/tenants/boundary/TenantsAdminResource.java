package ai.alquimista.platform.tenants.boundary;

import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.shared.ids.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Platform operators list tenants and suspend, cancel or reactivate one. */
@Path("admin/tenants")
@ApplicationScoped
@RolesAllowed(Operator.ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TenantsAdminResource {

    @Inject
    TenantAdministration tenants;

    @Inject
    CallerResolver caller;

    @GET
    @Operation(summary = "Every tenant with its status (ativo, suspenso, cancelado)")
    public List<TenantView> list() {
        return tenants.list();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "{\"status\": \"ativo\" | \"suspenso\" | \"cancelado\"}; leaving ativo ends every session of"
                    + " the tenant's users at once (audited in the tenant's log)")
    public TenantView changeStatus(@PathParam("id") String id, @NotNull TenantStatusChange change) {
        return tenants.changeStatus(caller.operator(), Ids.parse(id).orElse(null), change);
    }
}
