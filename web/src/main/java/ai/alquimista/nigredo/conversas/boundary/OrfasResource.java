package ai.alquimista.nigredo.conversas.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.paging.Page;
import ai.alquimista.shared.paging.Paging;
import ai.alquimista.shared.problems.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Órfãs: messages from someone who is none of the tenant's leads, for a person to assign to a lead or discard. */
@Path("api/conversas/orfas")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class OrfasResource {

    private static final int MAX_BODY = 4 * 1024;

    @Inject
    Orfas orfas;

    @Inject
    CallerResolver callers;

    @GET
    @Operation(summary = "The tenant's orphan messages, newest first (pendente, atribuida, descartada)")
    public Page<OrfaView> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size, 200);
        return orfas.pagina(callers.caller(), paging.page(), paging.size());
    }

    @POST
    @Path("{id}/atribuir")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Assign the orphan {lead_id}: it becomes that lead's reply (Atendimento is told); 404 for a lead"
                    + " or orphan of another tenant, 409 when already assigned or discarded")
    public OrfaView assign(@PathParam("id") String id, String body) {
        UUID orfa = id(id);
        JsonValue json = JsonBodies.parse(body, MAX_BODY);
        JsonValue lead = json.getValueType() == JsonValue.ValueType.OBJECT
                ? json.asJsonObject().get("lead_id")
                : null;
        UUID leadId = (lead instanceof JsonString text ? Ids.parse(text.getString()) : Optional.<UUID>empty())
                .orElseThrow(() -> new InvalidInput(List.of(new Violation("lead_id", "must be a lead's id (a UUID)"))));
        return orfas.atribuir(callers.caller(), orfa, leadId);
    }

    @POST
    @Path("{id}/descartar")
    @RolesAllowed("operator")
    @Operation(summary = "Discard the orphan: nobody's reply; 409 when already assigned or discarded")
    public OrfaView discard(@PathParam("id") String id) {
        return orfas.descartar(callers.caller(), id(id));
    }

    private static UUID id(String id) {
        return Ids.parse(id)
                .orElseThrow(() -> new InvalidInput(List.of(new Violation("id", "must be an orphan's id (a UUID)"))));
    }
}
