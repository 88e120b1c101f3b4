package ai.alquimista.platform.users.boundary;

import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.ids.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A tenant admin manages the tenant's users. */
@Path("api/users")
@ApplicationScoped
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @Inject
    CallerResolver callers;

    @GET
    @Operation(summary = "The tenant's users")
    public List<UserView> list() {
        return users.list(callers.caller());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the tenant's users (another tenant's user is 404)")
    public UserView get(@PathParam("id") String id) {
        return users.get(callers.caller(), uuid(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = UserView.class, responseCode = "201", responseDescription = "The user, created")
    @Operation(summary = "Create a user in the caller's tenant (password: at least 8 characters, lower, upper, digit)")
    public Response create(@NotNull NewUserRequest user) {
        return Response.status(Response.Status.CREATED)
                .entity(users.create(callers.caller(), user))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's name, role or status")
    public UserView update(@PathParam("id") String id, @NotNull UserChangeRequest change) {
        return users.update(callers.caller(), uuid(id), change);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a user of the caller's tenant")
    public Response delete(@PathParam("id") String id) {
        users.delete(callers.caller(), uuid(id));
        return Response.noContent().build();
    }

    private static UUID uuid(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("no user " + id));
    }
}
