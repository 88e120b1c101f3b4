package ai.alquimista.nigredo.estrategia.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.paging.Paging;
import ai.alquimista.shared.problems.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Estratégia's campaigns: review, preview, edit a draft's messages, approve, pause and resume, and let an approved or
 * active one enrol its segment's later leads on its own.
 */
@Path("api/campanhas")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CampanhasResource {

    private static final int MAX_BODY_BYTES = 256 * 1024;
    private static final int MAX_SMALL_BODY_BYTES = 1024;

    @Inject
    Campanhas campanhas;

    @Inject
    CallerResolver callers;

    @GET
    @Operation(summary = "The tenant's campaigns, newest first, with their sends per status")
    @APIResponse(
            responseCode = "200",
            description = "One page of campaigns",
            content = @Content(schema = @Schema(implementation = PaginaDeCampanhas.class)))
    public PaginaDeCampanhas list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Paging paging = Paging.of(page, size, 100);
        return campanhas.page(callers.caller(), paging.page(), paging.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A campaign: its plan, messages per stage and A/B variant, the split and its sends per status")
    @APIResponse(
            responseCode = "200",
            description = "The campaign",
            content = @Content(schema = @Schema(implementation = CampanhaDetalhe.class)))
    public CampanhaDetalhe get(@PathParam("id") String id) {
        return campanhas.describe(callers.caller(), id(id));
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "The messages of the first leads (limit, 1–20), rendered as each would receive them")
    @APIResponse(
            responseCode = "200",
            description = "The rendered messages",
            content = @Content(schema = @Schema(implementation = PreviaDaCampanha.class)))
    public PreviaDaCampanha preview(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("5") int limit) {
        if (limit < 1 || limit > 20) {
            throw new InvalidInput(List.of(new Violation("limit", "must be between 1 and 20")));
        }
        return campanhas.preview(callers.caller(), id(id), limit);
    }

    @GET
    @Path("{id}/envios")
    @Operation(
            summary =
                    "The campaign's sends (status: agendado, enviado, bloqueado, falhou, cancelado), with when and why")
    @APIResponse(
            responseCode = "200",
            description = "One page of sends",
            content = @Content(schema = @Schema(implementation = PaginaDeEnvios.class)))
    public PaginaDeEnvios envios(
            @PathParam("id") String id,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size, 200);
        return campanhas.envios(
                callers.caller(),
                id(id),
                status == null || status.isBlank() ? null : status,
                paging.page(),
                paging.size());
    }

    @PUT
    @Path("{id}/mensagens")
    @RolesAllowed("manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Replace a draft's messages: {topo|meio|fundo: {A|B: {assunto, corpo, modelo_whatsapp}}}, templates"
                            + " in the sandbox's Mustache subset over {{primeiro_nome}}, {{contato}}, {{empresa}}, {{setor}}, {{remetente}};"
                            + " partials, delimiter changes and unknown names are refused (400) (manager or admin)")
    @APIResponse(
            responseCode = "200",
            description = "The campaign as it is now",
            content = @Content(schema = @Schema(implementation = CampanhaDetalhe.class)))
    public CampanhaDetalhe replaceMessages(@PathParam("id") String id, String body) {
        JsonValue json = JsonBodies.parse(body, MAX_BODY_BYTES, "mensagens");
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput(List.of(new Violation("mensagens", "must be an object with topo, meio and fundo")));
        }
        return campanhas.replaceMessages(callers.caller(), id(id), json.asJsonObject());
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed("manager")
    @Operation(
            summary = "Approve a draft (rascunho → aprovada); Disparo then schedules it and it becomes ativa."
                    + " 409 unless it is a draft, or when the tenant has not activated Disparo (manager or admin)")
    @APIResponse(
            responseCode = "200",
            description = "The campaign as it is now",
            content = @Content(schema = @Schema(implementation = CampanhaDetalhe.class)))
    public CampanhaDetalhe approve(@PathParam("id") String id) {
        return campanhas.approve(callers.caller(), id(id));
    }

    @POST
    @Path("{id}/pause")
    @RolesAllowed("manager")
    @Operation(
            summary =
                    "Pause an approved or active campaign: nothing more is sent until it is resumed (manager or admin)")
    @APIResponse(
            responseCode = "200",
            description = "The campaign as it is now",
            content = @Content(schema = @Schema(implementation = CampanhaDetalhe.class)))
    public CampanhaDetalhe pause(@PathParam("id") String id) {
        return campanhas.pause(callers.caller(), id(id));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed("manager")
    @Operation(summary = "Resume a paused campaign (manager or admin)")
    @APIResponse(
            responseCode = "200",
            description = "The campaign as it is now",
            content = @Content(schema = @Schema(implementation = CampanhaDetalhe.class)))
    public CampanhaDetalhe resume(@PathParam("id") String id) {
        return campanhas.resume(callers.caller(), id(id));
    }

    @PUT
    @Path("{id}/inscricao-automatica")
    @RolesAllowed("manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set whether an approved or active campaign enrols its segment's later leads on its own,"
                    + " {\"ativa\": true|false}: they are then scheduled as its first leads were instead of"
                    + " gathering in a new draft. 409 for a campaign in another status, or when another campaign of"
                    + " the segment already does (manager or admin)")
    @APIResponse(
            responseCode = "200",
            description = "The campaign as it is now",
            content = @Content(schema = @Schema(implementation = CampanhaDetalhe.class)))
    public CampanhaDetalhe automaticEnrolment(@PathParam("id") String id, String body) {
        InscricaoAutomatica pedido = InscricaoAutomatica.de(JsonBodies.parse(body, MAX_SMALL_BODY_BYTES, ""));
        return campanhas.automaticEnrolment(callers.caller(), id(id), pedido.ativa());
    }

    private static UUID id(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("no campanha " + id));
    }
}
