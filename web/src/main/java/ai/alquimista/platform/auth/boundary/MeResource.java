package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.auth.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who am I: the signed-in user and tenant, as the token says. */
@Path("api/me")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CallerResolver callers;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "The signed-in user: id, e-mail, role, tenant and company")
    public SignedInUser me() {
        Caller caller = callers.caller();
        return new SignedInUser(
                caller.userId(),
                caller.email(),
                CallerResolver.claim(token, "name").orElse(""),
                caller.role().name(),
                caller.tenantId(),
                CallerResolver.claim(token, TokenClaims.COMPANY_NAME).orElse(""));
    }
}
