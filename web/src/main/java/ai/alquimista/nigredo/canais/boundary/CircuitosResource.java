package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.platform.auth.boundary.CallerResolver;
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

/**
 * Operators' view of the circuit breakers on Disparo's provider accounts (one per WhatsApp business number and per
 * SMTP server), as this instance sees them: what the readiness check {@code circuits} reports. Reads are audited.
 */
@Path("admin/circuits")
@ApplicationScoped
@RolesAllowed(Operator.ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CircuitosResource {

    @Inject
    CircuitosAdministration circuitos;

    @Inject
    CallerResolver caller;

    @GET
    @Operation(
            summary = "Every provider account's circuit on this instance (open ones first): key (whatsapp:<phone number"
                    + " id>, email:<smtp host>:<port>), state (closed, open, half_open), the provider's failures in a"
                    + " row, when it opened and the provider's last failure. State is per instance, in memory")
    public List<Circuito> list() {
        return circuitos.listar(caller.operator());
    }
}
