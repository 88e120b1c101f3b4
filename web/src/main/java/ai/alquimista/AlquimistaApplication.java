package ai.alquimista;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All resources at the root: {@code /events}, {@code /health}, {@code /admin/queues}. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Alquimista.AI", version = "0.1.0",
        description = "Fibonacci event bus, Nigredo prospecting agents and the Alquimista platform"))
public class AlquimistaApplication extends Application {
}
