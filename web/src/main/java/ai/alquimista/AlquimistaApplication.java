package ai.alquimista;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * All resources at the root: {@code /events}, {@code /health}, {@code /admin/queues}, {@code /auth},
 * {@code /api}. Bearer tokens are verified by MicroProfile JWT; roles come from the token's groups.
 */
@ApplicationPath("/")
@ApplicationScoped // Payara's MicroProfile JWT looks for @LoginConfig on CDI beans only
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"admin", "manager", "operator", "viewer", "platform-operator"})
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Alquimista.AI",
                        version = "0.1.0",
                        description = "Fibonacci event bus, Nigredo prospecting agents and the Alquimista platform"))
public class AlquimistaApplication extends Application {}
