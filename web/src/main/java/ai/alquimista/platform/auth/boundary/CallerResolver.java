package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.platform.auth.control.Caller;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.shared.ids.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of this request, from the verified token only: the tenant never comes from a body or
 * a query. Accepts Cognito's {@code custom:} claim names as well as the local issuer's.
 */
@RequestScoped
public class CallerResolver {

    @Inject
    JsonWebToken token;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    /** Dependent: a record cannot be proxied; each request-scoped resource gets its own. */
    @Produces
    Caller caller() {
        return new Caller(
                UUID.fromString(token.getSubject()),
                tenant(token).orElseThrow(() -> lacks(TokenClaims.TENANT_ID)),
                token.getName(),
                Role.valueOf(claim(TokenClaims.USER_ROLE).toLowerCase(Locale.ROOT)),
                clientAddress.of(request),
                request.getHeader("User-Agent"));
    }

    private String claim(String name) {
        return claim(token, name).orElseThrow(() -> lacks(name));
    }

    private static NotAuthorizedException lacks(String name) {
        return new NotAuthorizedException("token lacks the " + name + " claim", "Bearer");
    }

    /**
     * The tenant a token binds its bearer to; none for a platform operator's token. A claim that is
     * not a UUID is refused (401), never read as no tenant.
     */
    public static Optional<UUID> tenant(JsonWebToken token) {
        return claim(token, TokenClaims.TENANT_ID).map(value -> Ids.parse(value).orElseThrow(() ->
                new NotAuthorizedException("the token's " + TokenClaims.TENANT_ID + " claim is not a UUID", "Bearer")));
    }

    /** A claim by its local name or Cognito's ({@code custom:tenant_id}). */
    public static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            value = token.getClaim(TokenClaims.COGNITO_PREFIX + name);
        }
        return Optional.ofNullable(value).map(v -> v.toString().replace("\"", ""));
    }
}
