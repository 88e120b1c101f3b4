package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.platform.sessions.boundary.Sessions;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.problems.Problem;
import ai.alquimista.shared.tracing.Tracing;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token is honoured only while the reason it was issued holds: a local token's session ({@code sid}) must
 * be open, a Cognito token's tenant active. Runs before role checks, which then see the token's roles as
 * {@link TokenRoles} reads them (so Cognito's groups count as well).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class SessionCheck implements ContainerRequestFilter {

    @Inject
    Sessions sessions;

    @Inject
    @ConfigProperty(name = "alquimista.auth.local-issuer", defaultValue = "true")
    boolean localIssuer;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!(context.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        Optional<String> refusal = refusal(token);
        if (refusal.isPresent()) {
            context.abortWith(Response.fromResponse(Problem.response(401, "Unauthorized", refusal.get()))
                    .header("WWW-Authenticate", "Bearer")
                    .build());
            return;
        }
        context.setSecurityContext(new TokenSecurityContext(context.getSecurityContext(), token, TokenRoles.of(token)));
        CallerResolver.tenant(token).ifPresent(tenant -> Tracing.amend(trace -> trace.withTenant(tenant)));
    }

    private Optional<String> refusal(JsonWebToken token) {
        Optional<String> conflict = CallerResolver.conflict(token);
        if (conflict.isPresent()) {
            return conflict;
        }
        Optional<String> sid = Optional.ofNullable(token.<Object>getClaim(TokenClaims.SESSION_ID))
                .map(value -> value.toString().replace("\"", ""));
        if (sid.isPresent()) {
            Optional<UUID> id = Ids.parse(sid.get());
            return id.isPresent() && sessions.isOpen(id.get())
                    ? Optional.empty()
                    : Optional.of("this session has ended (signed out, password or role changed, account or tenant"
                            + " deactivated): sign in again");
        }
        if (localIssuer) {
            return Optional.of("the token names no session: sign in again");
        }
        Optional<UUID> tenant = CallerResolver.tenant(token);
        return tenant.isEmpty() || sessions.isTenantActive(tenant.get())
                ? Optional.empty()
                : Optional.of("the tenant is not active");
    }

    private record TokenSecurityContext(SecurityContext original, JsonWebToken token, Set<String> roles)
            implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return token;
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }

        @Override
        public boolean isSecure() {
            return original.isSecure();
        }

        @Override
        public String getAuthenticationScheme() {
            return original.getAuthenticationScheme();
        }
    }
}
