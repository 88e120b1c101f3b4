package ai.alquimista.platform.auth.boundary;

import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.platform.users.entity.Role;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The roles a token grants: its {@code groups} (the local issuer's) or {@code cognito:groups} (a Cognito user
 * pool's), each role with the ones below it, so a Cognito user in the group "manager" may do what a local manager
 * may. Names that are no role are ignored.
 */
final class TokenRoles {

    private TokenRoles() {}

    static Set<String> of(JsonWebToken token) {
        Set<String> names = new LinkedHashSet<>();
        if (token.getGroups() != null) {
            names.addAll(token.getGroups());
        }
        Object cognito = token.getClaim(TokenClaims.COGNITO_GROUPS);
        if (cognito instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).forEach(name -> names.add(name.getString()));
        } else if (cognito instanceof Collection<?> collection) {
            collection.forEach(name -> names.add(String.valueOf(name)));
        }
        return expand(names);
    }

    static Set<String> expand(Collection<String> names) {
        Set<String> roles = new LinkedHashSet<>();
        for (String name : names) {
            if (Operator.ROLE.equals(name)) {
                roles.add(name);
            }
            Arrays.stream(Role.values())
                    .filter(role -> role.name().equals(name))
                    .forEach(role -> roles.addAll(TokenClaims.groups(role)));
        }
        return roles;
    }
}
