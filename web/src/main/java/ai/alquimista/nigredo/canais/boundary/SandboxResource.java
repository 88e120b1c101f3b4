package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The sandbox channel: what was "sent" to the tenant's leads, and simulated replies. */
@Path("api/sandbox/mensagens")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxResource {

    private static final int MAX_REPLY = 4096;

    @Inject
    SandboxCaixa caixa;

    @Inject
    CallerResolver callers;

    @GET
    @Operation(summary = "Messages the sandbox channel recorded, newest first, with the replies simulated since")
    public Page<SandboxMensagem> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size, 200);
        return caixa.page(callers.caller(), paging.page(), paging.size());
    }

    @POST
    @Path("{id}/resposta")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(
            value = RespostaSimulada.class,
            responseCode = "201",
            responseDescription = "The reply is recorded and handed to Atendimento")
    @Operation(summary = "Simulate the lead's reply {texto} to a sandbox message (SAIR unsubscribes); 201")
    public Response reply(@PathParam("id") String id, String body) {
        JsonValue json = JsonBodies.parse(body, 16 * 1024);
        JsonValue texto = json.getValueType() == JsonValue.ValueType.OBJECT
                ? json.asJsonObject().get("texto")
                : null;
        if (!(texto instanceof JsonString text)
                || text.getString().isBlank()
                || text.getString().length() > MAX_REPLY) {
            throw new InvalidInput(
                    List.of(new Violation("texto", "must be text of 1 to " + MAX_REPLY + " characters")));
        }
        RespostaSimulada reply = caixa.responder(
                callers.caller(),
                Ids.parse(id).orElseThrow(() -> new NotFound("no sandbox message " + id)),
                text.getString());
        return Response.status(Response.Status.CREATED).entity(reply).build();
    }
}
