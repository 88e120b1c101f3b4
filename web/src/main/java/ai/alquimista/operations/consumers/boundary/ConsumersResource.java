package ai.alquimista.operations.consumers.boundary;

import ai.alquimista.platform.operators.entity.Operator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Operators' view of the queue consumers: what the readiness check {@code consumers} judges, queue by queue. */
@Path("admin/consumers")
@ApplicationScoped
@RolesAllowed(Operator.ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ConsumersResource {

    @Inject
    Consumers consumers;

    @GET
    @Operation(
            summary = "Every queue's consumer as the SQS resource adapter reports it (sessions, live sessions, last"
                    + " poll, restarts, infrastructure gate, in flight, dead-lettered) and whether it is UP or DOWN,"
                    + " with why")
    public List<ConsumerState> all() {
        return consumers.all();
    }
}
