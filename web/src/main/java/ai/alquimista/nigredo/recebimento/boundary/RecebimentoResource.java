package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.recebimento.planilha.LimitedInputStream;
import ai.alquimista.nigredo.recebimento.planilha.Planilha;
import ai.alquimista.platform.auth.boundary.Caller;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.http.BodyLimits;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.problems.JsonBodies;
import ai.alquimista.shared.problems.ProblemException;
import ai.alquimista.shared.text.StorableText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Recebimento's API: leads sent as JSON or as a spreadsheet, and each import's progress and report. */
@Path("api")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RecebimentoResource {

    @Inject
    LeadIntake intake;

    @Inject
    LotesAbertos lotes;

    /** Posts of up to this many leads join the tenant's open lote; 0 makes every post an import of its own. */
    @Inject
    @ConfigProperty(name = "alquimista.recebimento.lote-max-leads", defaultValue = "100")
    int loteMaxLeads;

    @Inject
    ImportQuery imports;

    @Inject
    CallerResolver callers;

    @Inject
    @ConfigProperty(name = "alquimista.import.max-bytes", defaultValue = "52428800")
    long maxImportBytes;

    @POST
    @Path("leads")
    @APIResponseSchema(
            value = ImportReceipt.class,
            responseCode = "202",
            responseDescription = "Taken in; Location names the import")
    @RolesAllowed("manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send one lead, an array of leads or {\"leads\": [...]} (up to 10,000) to the Recebimento"
                    + " agent; answers 202 with the import id (manager or admin). Up to 100 leads join the tenant's open"
                    + " lote, one import for every small post of the moment, handed to Recebimento within about half a"
                    + " second; first_row says where this post's leads are in that import's report")
    public Response receive(String body) {
        List<JsonObject> rows = rows(JsonBodies.parse(body, BodyLimits.LEADS_JSON_BYTES));
        return accepted(
                rows.size() <= Math.min(loteMaxLeads, LotesAbertos.MAX_LEADS)
                        ? lotes.receber(callers.caller(), rows)
                        : intake.accept(callers.caller(), "api", null, rows));
    }

    @POST
    @Path("leads/import")
    @RolesAllowed("manager")
    @APIResponseSchema(
            value = ImportReceipt.class,
            responseCode = "202",
            responseDescription = "Taken in; Location names the import")
    @Operation(
            summary =
                    "Import a lead file (manager or admin): the file as the body, text/csv or XLSX"
                            + " (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), its name in ?filename=; read as"
                            + " a stream, up to alquimista.import.max-bytes (50 MB: 413 beyond). Columns are matched by name (empresa,"
                            + " razão social, cnpj, contato, telefone, celular, e-mail, setor, porte, atividade/cnae...); the report's"
                            + " row numbers are the spreadsheet's (the header is row 1). Answers 202 with the import id, its row count and the columns it ignored")
    public Response importFile(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("filename") String fileName,
            InputStream body) {
        return importing(kind(contentType, fileName), fileName, body);
    }

    @POST
    @Path("leads/import")
    @RolesAllowed("manager")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponseSchema(
            value = ImportReceipt.class,
            responseCode = "202",
            responseDescription = "Taken in; Location names the import")
    @Operation(summary = "Import a lead file sent as multipart/form-data, in the part named file (manager or admin)")
    public Response importForm(@FormParam("file") EntityPart file, @QueryParam("filename") String fileName) {
        if (file == null) {
            throw new InvalidInput(List.of(new Violation("file", "send the lead file in a part named file")));
        }
        String name = fileName != null ? fileName : file.getFileName().orElse(null);
        String type = file.getMediaType() == null ? null : file.getMediaType().toString();
        return importing(kind(type, name), name, file.getContent());
    }

    private Response importing(String kind, String fileName, InputStream body) {
        if (!StorableText.isStorable(fileName)) {
            throw new InvalidInput(List.of(new Violation("filename", StorableText.PROBLEM)));
        }
        String name = fileName == null || fileName.isBlank() ? null : StorableText.sanitized(fileName.strip(), 255);
        Caller caller = callers.caller();
        intake.requireRecebimento(caller);
        InputStream limited = new LimitedInputStream(body, maxImportBytes);
        try (Planilha planilha = "xlsx".equals(kind) ? Planilha.xlsx(limited) : Planilha.csv(limited)) {
            return accepted(intake.accept(caller, kind, name, planilha)
                    .ignoring(planilha.colunas().ignoradas()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 202 with the import's id and row count (and what else the caller should know), and where to follow it. */
    private static Response accepted(ImportReceipt receipt) {
        return Response.accepted(receipt)
                .location(URI.create("api/imports/" + receipt.importId()))
                .build();
    }

    /** "csv" or "xlsx" from the media type, or from the file name when the type says nothing (octet-stream). */
    private static String kind(String contentType, String fileName) {
        String type =
                contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals(Planilha.CSV) || type.equals("application/csv")) {
            return "csv";
        }
        if (type.equals(Planilha.XLSX)) {
            return "xlsx";
        }
        if (type.isEmpty() || type.equals(MediaType.APPLICATION_OCTET_STREAM)) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return "csv";
            }
            if (name.endsWith(".xlsx")) {
                return "xlsx";
            }
        }
        throw new ProblemException(
                415,
                "Unsupported Media Type",
                "send the file as " + Planilha.CSV + " or " + Planilha.XLSX
                        + (contentType == null ? "" : ", not " + contentType));
    }

    @GET
    @Path("imports/{id}")
    @Operation(summary = "An import's progress and its non-conformity report (row, field, problem)")
    public ImportReport importReport(@PathParam("id") String id) {
        return imports.describe(callers.caller(), Ids.parse(id).orElseThrow(() -> new NotFound("no import " + id)));
    }

    private static List<JsonObject> rows(JsonValue body) {
        JsonValue list = body.getValueType() == JsonValue.ValueType.OBJECT
                        && body.asJsonObject().containsKey("leads")
                ? body.asJsonObject().get("leads")
                : body;
        if (list.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(list.asJsonObject());
        }
        if (list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInput(
                    List.of(new Violation("leads", "must be a lead object or an array of lead objects")));
        }
        JsonArray array = list.asJsonArray();
        if (array.isEmpty() || array.size() > LeadIntake.MAX_ROWS) {
            throw new InvalidInput(List.of(new Violation(
                    "leads",
                    "must have between 1 and " + LeadIntake.MAX_ROWS + " leads; send larger lists as a file")));
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
}
