package ai.alquimista.nigredo.conversas.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.atendimento.boundary.FilaDeRevisao;
import ai.alquimista.nigredo.atendimento.boundary.RespostaEmRevisao;
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
import jakarta.json.JsonObject;
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

/** Conversas: the tenant's conversations with its leads, and the review queue where a person decides a reply. */
@Path("api/conversas")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ConversasResource {

    private static final int MAX_BODY = 32 * 1024;

    @Inject
    Conversas conversas;

    @Inject
    FilaDeRevisao fila;

    @Inject
    CallerResolver callers;

    @GET
    @Operation(summary = "Conversations with the leads who answered, newest message first")
    public Page<ConversaResumo> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size, 200);
        return conversas.page(callers.caller(), paging.page(), paging.size());
    }

    @GET
    @Path("{leadId}")
    @Operation(summary = "A lead's whole conversation: sent and received, sentiment, next step, held company sends")
    public ConversaDetalhe conversa(@PathParam("leadId") String leadId) {
        return conversas.conversa(callers.caller(), lead(leadId));
    }

    @POST
    @Path("{leadId}/conta/retomar")
    @RolesAllowed("operator")
    @Operation(summary = "Release the sends to the lead's company's other people, held since the lead answered")
    public ContaRetomada retomarConta(@PathParam("leadId") String leadId) {
        return new ContaRetomada(conversas.retomarConta(callers.caller(), lead(leadId)));
    }

    @GET
    @Path("revisao")
    @Operation(summary = "The review queue: replies and uncertain sends waiting for a person, newest first")
    public Page<RespostaEmRevisao> revisao(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size, 200);
        return fila.pendentes(callers.caller(), paging.page(), paging.size());
    }

    @POST
    @Path("revisao/{id}/aprovar")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Send a reply of the review queue (the draft, or the text {texto} a person wrote), or an uncertain"
                            + " send again as it went")
    public RespostaEmRevisao aprovar(@PathParam("id") String id, String body) {
        return fila.aprovar(callers.caller(), revisao(id), texto(body));
    }

    @POST
    @Path("revisao/{id}/confirmar")
    @RolesAllowed("operator")
    @Operation(
            summary = "Confirm that an uncertain send of the review queue arrived: it becomes enviado, once (409 for a"
                    + " reply)")
    public RespostaEmRevisao confirmar(@PathParam("id") String id) {
        return fila.confirmar(callers.caller(), revisao(id));
    }

    @POST
    @Path("revisao/{id}/descartar")
    @RolesAllowed("operator")
    @Operation(summary = "Discard a reply of the review queue, or give an uncertain send up (falhou): nothing is sent")
    public RespostaEmRevisao descartar(@PathParam("id") String id) {
        return fila.descartar(callers.caller(), revisao(id));
    }

    /** An empty body approves the draft; {"texto": "..."} sends the person's text instead. */
    private static Optional<String> texto(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonValue json = JsonBodies.parse(body, MAX_BODY);
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput(List.of(new Violation("body", "must be a JSON object")));
        }
        JsonObject object = json.asJsonObject();
        JsonValue texto = object.get("texto");
        if (texto == null || texto == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(texto instanceof JsonString text)) {
            throw new InvalidInput(List.of(new Violation("texto", "must be text")));
        }
        return Optional.of(text.getString());
    }

    private static UUID lead(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("no lead " + id));
    }

    private static UUID revisao(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("no reply " + id + " in the review queue"));
    }
}
