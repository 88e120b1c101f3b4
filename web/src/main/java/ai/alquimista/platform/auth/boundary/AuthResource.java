package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.shared.ids.Ids;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Local sign-in: issues the same kind of token a Cognito user pool would. */
@Path("auth")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Login login;

    @Inject
    ClientAddress clientAddress;

    @Inject
    JsonWebToken token;

    @Inject
    HttpServletRequest request;

    @POST
    @Path("login")
    @Operation(summary = "Sign in with e-mail and password; answers a bearer token (401 whatever was wrong)")
    public AccessToken login(@Valid @NotNull LoginRequest credentials) {
        return login.login(
                credentials.email, credentials.password, clientAddress.of(request), request.getHeader("User-Agent"));
    }

    @POST
    @Path("password")
    @Operation(
            summary = "Change your password: {email, password, new_password}; the current password is checked as at"
                    + " sign-in (401 whatever was wrong), the new one must meet the password policy (400); 204")
    public Response changePassword(@Valid @NotNull PasswordChangeRequest change) {
        login.changePassword(
                change.email,
                change.password,
                change.newPassword,
                clientAddress.of(request),
                request.getHeader("User-Agent"));
        return Response.noContent().build();
    }

    @POST
    @Path("operator/password")
    @Operation(summary = "A platform operator changes their password, as POST /auth/password does for users")
    public Response changeOperatorPassword(@Valid @NotNull PasswordChangeRequest change) {
        login.changeOperatorPassword(
                change.email,
                change.password,
                change.newPassword,
                clientAddress.of(request),
                request.getHeader("User-Agent"));
        return Response.noContent().build();
    }

    @POST
    @Path("logout")
    @RolesAllowed({"viewer", "platform-operator"})
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Sign out: the token's session ends, and the token is refused from the next request on (204)")
    public Response logout() {
        UUID session = Ids.parse(
                        CallerResolver.claim(token, TokenClaims.SESSION_ID).orElse(""))
                .orElseThrow(() -> new NotAuthorizedException("the token names no session", "Bearer"));
        login.logout(
                session,
                CallerResolver.subject(token),
                CallerResolver.tenant(token).orElse(null),
                clientAddress.of(request),
                request.getHeader("User-Agent"));
        return Response.noContent().build();
    }

    @POST
    @Path("operator/login")
    @Operation(summary = "Platform operators sign in here; their token opens /admin, not any tenant's data")
    public AccessToken operatorLogin(@Valid @NotNull LoginRequest credentials) {
        return login.operatorLogin(
                credentials.email, credentials.password, clientAddress.of(request), request.getHeader("User-Agent"));
    }
}
