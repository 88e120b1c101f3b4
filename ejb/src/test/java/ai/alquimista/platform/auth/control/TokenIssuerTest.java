package ai.alquimista.platform.auth.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.platform.operators.entity.Operator;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The local issuer never mints a token that is an operator's and a tenant's at once. */
class TokenIssuerTest {

    @Test
    void anOperatorsClaimsWithATenantAreNeverSigned() {
        JwtClaims claims = new JwtClaims();
        claims.setStringListClaim("groups", Operator.ROLE);
        claims.setClaim(TokenClaims.USER_ROLE, Operator.ROLE);
        claims.setClaim(TokenClaims.TENANT_ID, UUID.randomUUID().toString());

        assertThatThrownBy(() -> TokenIssuer.checked(claims))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never issued");
    }

    @Test
    void anOperatorRoleInUserRoleAloneWithATenantIsNeverSignedEither() {
        JwtClaims claims = new JwtClaims();
        claims.setStringListClaim("groups", "admin", "manager", "operator", "viewer");
        claims.setClaim(TokenClaims.USER_ROLE, Operator.ROLE);
        claims.setClaim(TokenClaims.TENANT_ID, UUID.randomUUID().toString());

        assertThatThrownBy(() -> TokenIssuer.checked(claims)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOperatorWithoutATenantAndATenantsAdminAreSigned() {
        JwtClaims operator = new JwtClaims();
        operator.setStringListClaim("groups", Operator.ROLE);
        operator.setClaim(TokenClaims.USER_ROLE, Operator.ROLE);
        JwtClaims admin = new JwtClaims();
        admin.setStringListClaim("groups", "admin", "manager", "operator", "viewer");
        admin.setClaim(TokenClaims.USER_ROLE, "admin");
        admin.setClaim(TokenClaims.TENANT_ID, UUID.randomUUID().toString());

        assertThat(TokenIssuer.checked(operator)).isSameAs(operator);
        assertThat(TokenIssuer.checked(admin)).isSameAs(admin);
    }
}
