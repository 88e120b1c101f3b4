package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.platform.users.entity.Role;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.text.StorableText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of this request, from the verified token only: the tenant never comes from a body or
 * a query. A tenant's user is the produced {@link Caller}; a platform operator is {@link #operator()}. Accepts Cognito's {@code custom:} claim names as well as the local issuer's.
 * A token that names the platform-operator role and a tenant at once is neither: it is refused (401) wherever the
 * caller is resolved ({@link #conflict}).
 */
@RequestScoped
public class CallerResolver {

    @Inject
    JsonWebToken token;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    /**
     * The tenant's user calling, read when a resource method asks (resources are application-scoped, so they ask on
     * every call); 401 when the token names no tenant.
     */
    public Caller caller() {
        return new Caller(
                subject(token),
                tenant(token).orElseThrow(() -> lacks(TokenClaims.TENANT_ID)),
                name(token),
                role(claim(TokenClaims.USER_ROLE)),
                clientAddress.of(request),
                request.getHeader("User-Agent"));
    }

    /**
     * The platform operator calling, for the {@code /admin} resources and operators' reads elsewhere: who (the
     * token's subject) and from where, as the boundaries write every operator act to the audit log. Read when a
     * resource method asks, so authorization ({@code @RolesAllowed}) has decided first; 401 when the subject is not a
     * UUID.
     */
    public OperatorCaller operator() {
        refuseConflict(token);
        return new OperatorCaller(subject(token), clientAddress.of(request), request.getHeader("User-Agent"));
    }

    /** The account a verified token names: its subject, a UUID for either issuer; 401 when it is not one. */
    public static UUID subject(JsonWebToken token) {
        return Ids.parse(token.getSubject()).orElseThrow(() -> refused("the token's subject is not a UUID"));
    }

    /** The caller's e-mail (upn); a control character in it (PostgreSQL refuses NUL) is not a name: 401. */
    private static String name(JsonWebToken token) {
        String name = token.getName();
        if (name != null && !StorableText.isStorable(name)) {
            throw refused("the token's upn holds a control character");
        }
        return name;
    }

    /** A role the token names (Cognito's custom:user_role is whatever the pool holds): one of ours, or 401. */
    private static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("the token's " + TokenClaims.USER_ROLE + " claim names no role");
        }
    }

    private static NotAuthorizedException refused(String why) {
        return new NotAuthorizedException(why, "Bearer");
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
        refuseConflict(token);
        return claim(token, TokenClaims.TENANT_ID)
                .map(value -> Ids.parse(value)
                        .orElseThrow(() -> new NotAuthorizedException(
                                "the token's " + TokenClaims.TENANT_ID + " claim is not a UUID", "Bearer")));
    }

    /**
     * Why the token can be neither a platform operator's nor a tenant user's: it carries the platform-operator role
     * (in {@code groups}, Cognito's {@code cognito:groups} or {@code user_role}) and names a tenant ({@code tenant_id}
     * or Cognito's {@code custom:tenant_id}). Empty for a well-formed token. Neither issuer mints such a token; a
     * Cognito pool whose operator carries a tenant attribute would.
     */
    public static Optional<String> conflict(JsonWebToken token) {
        boolean operator = TokenRoles.of(token).contains(Operator.ROLE)
                || claim(token, TokenClaims.USER_ROLE)
                        .map(role -> role.strip().equalsIgnoreCase(Operator.ROLE))
                        .orElse(false);
        if (operator && claim(token, TokenClaims.TENANT_ID).isPresent()) {
            return Optional.of("the token names both the " + Operator.ROLE + " role and a tenant ("
                    + TokenClaims.TENANT_ID + "): a platform operator belongs to no tenant, so it is neither an"
                    + " operator's nor a tenant user's token");
        }
        return Optional.empty();
    }

    private static void refuseConflict(JsonWebToken token) {
        Optional<String> conflict = conflict(token);
        if (conflict.isPresent()) {
            throw refused(conflict.get());
        }
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
