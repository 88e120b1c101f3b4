package ai.alquimista.platform.auth;

import ai.alquimista.platform.users.entity.Role;
import java.util.List;

/**
 * The claims both issuers put in a token: Cognito's custom attributes of seed 001 §7 (tenant_id,
 * company_name, user_role; Cognito prefixes them with {@code custom:}) and MicroProfile JWT's
 * {@code upn} and {@code groups}. A role's groups include every role below it, so
 * {@code @RolesAllowed("manager")} admits an admin too.
 */
public final class TokenClaims {

    public static final String TENANT_ID = "tenant_id";
    public static final String COMPANY_NAME = "company_name";
    public static final String USER_ROLE = "user_role";
    public static final String COGNITO_PREFIX = "custom:";
    public static final String LOCAL_ISSUER = "https://alquimista.local/auth";
    /** The session a local token belongs to; Cognito's tokens have none. */
    public static final String SESSION_ID = "sid";
    /** Cognito puts a user's groups here; MicroProfile JWT reads {@code groups}. */
    public static final String COGNITO_GROUPS = "cognito:groups";

    public static final String AUDIENCE = "alquimista";

    private TokenClaims() {}

    public static List<String> groups(Role role) {
        return switch (role) {
            case admin -> List.of("admin", "manager", "operator", "viewer");
            case manager -> List.of("manager", "operator", "viewer");
            case operator -> List.of("operator", "viewer");
            case viewer -> List.of("viewer");
        };
    }
}
