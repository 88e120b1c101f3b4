package ai.alquimista.platform.auth.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenRolesTest {

    @Test
    void aCognitoGroupNamedAfterARoleGrantsItAndTheRolesBelow() {
        assertThat(TokenRoles.expand(List.of("manager"))).containsExactlyInAnyOrder("manager", "operator", "viewer");
        assertThat(TokenRoles.expand(List.of("viewer"))).containsExactly("viewer");
    }

    @Test
    void platformOperatorsStayOperatorsAndUnknownGroupsGrantNothing() {
        assertThat(TokenRoles.expand(List.of("platform-operator"))).containsExactly("platform-operator");
        assertThat(TokenRoles.expand(List.of("Admins", "us-east-1_pool_Google", "ADMIN")))
                .isEmpty();
    }
}
