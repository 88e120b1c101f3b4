package ai.alquimista.platform.leads.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.recebimento.boundary.ImportQuery;
import ai.alquimista.nigredo.recebimento.boundary.LeadIntake;
import ai.alquimista.platform.auth.control.Caller;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.problems.JsonBodies;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ai.alquimista.shared.paging.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The tenant's leads and its funnel summary. */
@Path("api")
@RequestScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class LeadsResource {

    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    @Inject
    LeadsQuery leads;

    @Inject
    LeadIntake intake;

    @Inject
    ImportQuery imports;

    @Inject
    Caller caller;

    @GET
    @Path("leads")
    @Operation(summary = "The tenant's leads, newest first (each read is audited: personal data)")
    public String leads(@QueryParam("page") @DefaultValue("0") int page,
                        @QueryParam("size") @DefaultValue("20") int size) {
        Paging paging = Paging.of(page, size, 200);
        return leads.page(caller, paging.page(), paging.size()).toString();
    }

    @POST
    @Path("leads")
    @RolesAllowed("manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send one lead, an array of leads or {\"leads\": [...]} (up to 10,000) to the Recebimento"
            + " agent; answers 202 with the import id (manager or admin)")
    public Response receive(String body) {
        List<JsonObject> rows = rows(JsonBodies.parse(body, MAX_BODY_BYTES));
        UUID importId = intake.accept(caller, "api", null, rows);
        return Response.accepted(Json.createObjectBuilder().add("import_id", importId.toString())
                        .add("rows", rows.size()).build().toString())
                .location(URI.create("api/imports/" + importId))
                .build();
    }

    @GET
    @Path("imports/{id}")
    @Operation(summary = "An import's progress and its non-conformity report (row, field, problem)")
    public String importReport(@PathParam("id") String id) {
        try {
            return imports.describe(caller, UUID.fromString(id)).toString();
        } catch (IllegalArgumentException e) {
            throw new NotFound("no import " + id);
        }
    }

    private static List<JsonObject> rows(JsonValue body) {
        JsonValue list = body.getValueType() == JsonValue.ValueType.OBJECT && body.asJsonObject().containsKey("leads")
                ? body.asJsonObject().get("leads") : body;
        if (list.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(list.asJsonObject());
        }
        if (list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInput(List.of(new Violation("leads", "must be a lead object or an array of lead objects")));
        }
        JsonArray array = list.asJsonArray();
        if (array.isEmpty() || array.size() > LeadIntake.MAX_ROWS) {
            throw new InvalidInput(List.of(new Violation("leads", "must have between 1 and " + LeadIntake.MAX_ROWS
                    + " leads; send larger lists as a file")));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                violations.add(new Violation("leads[" + i + "]", "must be an object"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return array.getValuesAs(JsonObject.class);
    }

    @GET
    @Path("funnel")
    @Operation(summary = "Funnel summary: leads per stage and the stage-to-stage rates")
    public String funnel() {
        return leads.funnel(caller).toString();
    }
}
