package ai.alquimista.platform.auth.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.platform.auth.TokenClaims;
import jakarta.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * Who calls, from the token's shape: a platform operator belongs to no tenant, so a token that carries the operator
 * role and a tenant is refused as an operator and as that tenant's user alike.
 */
class CallerResolverTest {

    private static final UUID TENANT = UUID.fromString("7e4a0000-0000-4000-8000-000000000001");

    @Test
    void anOperatorsTokenThatAlsoNamesATenantIsNeitherAnOperatorNorThatTenantsUser() {
        Token token = Token.of("platform-operator")
                .with(TokenClaims.USER_ROLE, "platform-operator")
                .with(TokenClaims.TENANT_ID, TENANT.toString());

        assertThat(CallerResolver.conflict(token))
                .hasValueSatisfying(
                        why -> assertThat(why).contains("platform-operator").contains("tenant_id"));
        // CallerResolver.tenant, operator() and the produced Caller answer it with a 401 (JAX-RS builds that
        // response, so HostileInputIT asserts it through the running application)
    }

    @Test
    void aCognitoOperatorWithTheTenantAttributeIsRefusedToo() {
        Token token = new Token(new HashMap<>())
                .with(
                        TokenClaims.COGNITO_GROUPS,
                        Json.createArrayBuilder().add("platform-operator").build())
                .with(TokenClaims.COGNITO_PREFIX + TokenClaims.TENANT_ID, TENANT.toString());

        assertThat(CallerResolver.conflict(token)).isPresent();
    }

    @Test
    void anOperatorRoleNamedOnlyInUserRoleWithATenantIsRefused() {
        Token token = Token.of("admin", "manager", "operator", "viewer")
                .with(TokenClaims.USER_ROLE, "platform-operator")
                .with(TokenClaims.TENANT_ID, TENANT.toString());

        assertThat(CallerResolver.conflict(token)).isPresent();
    }

    @Test
    void anOperatorWithoutATenantAndATenantsAdminAreWhatTheySay() {
        Token operator = Token.of("platform-operator").with(TokenClaims.USER_ROLE, "platform-operator");
        Token admin = Token.of("admin", "manager", "operator", "viewer")
                .with(TokenClaims.USER_ROLE, "admin")
                .with(TokenClaims.TENANT_ID, TENANT.toString());

        assertThat(CallerResolver.conflict(operator)).isEmpty();
        assertThat(CallerResolver.tenant(operator)).isEmpty();
        assertThat(CallerResolver.conflict(admin)).isEmpty();
        assertThat(CallerResolver.tenant(admin)).contains(TENANT);
    }

    /** A verified token as MicroProfile JWT hands it over: its claims by name. */
    private record Token(Map<String, Object> claims) implements JsonWebToken {

        static Token of(String... groups) {
            Map<String, Object> claims = new HashMap<>();
            claims.put("sub", UUID.randomUUID().toString());
            claims.put("groups", Set.of(groups));
            return new Token(claims);
        }

        Token with(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        @Override
        public String getName() {
            return "alguem@example.com";
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }
}
