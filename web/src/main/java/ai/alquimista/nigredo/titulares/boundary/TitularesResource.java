package ai.alquimista.nigredo.titulares.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.titulares.BaseLegal;
import ai.alquimista.nigredo.titulares.Titular;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.ids.Ids;
import ai.alquimista.shared.problems.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The data subject's rights (LGPD): access and portability ({@code GET /api/titulares}), erasure (admins only),
 * opt-out by API, and each lead's consent and legal basis. A person is named by {@code telefone} or {@code email},
 * normalised as Recebimento normalises them.
 */
@Path("api")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TitularesResource {

    private static final int MAX_BODY = 4 * 1024;
    private static final int MAX_MOTIVO = 500;
    private static final int MAX_FONTE = 300;
    private static final int MAX_EVIDENCIA = 1000;

    @Inject
    Titulares titulares;

    @Inject
    Descadastros descadastros;

    @Inject
    Consentimentos consentimentos;

    @Inject
    Clock clock;

    @Inject
    CallerResolver callers;

    @GET
    @Path("titulares")
    @RolesAllowed("operator")
    @Operation(
            summary = "Everything this tenant holds about a person (telefone or email), as a JSON download: leads,"
                    + " interações, sends, meetings, consent records, orphan messages, blocklist and audit entries"
                    + " (audited; 404 when nothing is held)")
    public Response exportar(@QueryParam("telefone") String telefone, @QueryParam("email") String email) {
        JsonObject dados = titulares.exportar(callers.caller(), Titular.of(telefone, email));
        return Response.ok(dados, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"dados-do-titular.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("titulares/eliminacao")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Erase a person ({telefone} or {email}): every lead of this tenant with it anonymised, its"
                    + " texts everywhere, and a suppression entry (keyed hashes only) so it is never imported or"
                    + " contacted again; 404 with nothing changed for an unknown person")
    public Eliminacao eliminar(String body) {
        JsonObject json = objeto(body, Set.of("telefone", "email"));
        return titulares.eliminar(callers.caller(), Titular.of(texto(json, "telefone"), texto(json, "email")));
    }

    @GET
    @Path("titulares/resumo")
    @Operation(summary = "The tenant's LGPD figures: how many people were erased and are suppressed")
    public ResumoDosTitulares resumo() {
        return titulares.resumo(callers.caller());
    }

    @POST
    @Path("leads/{id}/descadastro")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Opt the lead out ({motivo}) as a SAIR reply would: descadastrado, meetings to come cancelled,"
                    + " blocklisted, waiting sends closed, one confirmation sent; a second call changes nothing")
    public DescadastroFeito descadastrar(@PathParam("id") String id, String body) {
        UUID lead = lead(id);
        JsonObject json = objeto(body, Set.of("motivo"));
        String motivo = obrigatorio(json, "motivo", MAX_MOTIVO);
        return descadastros.descadastrar(callers.caller(), lead, motivo);
    }

    @GET
    @Path("leads/{id}/consentimento")
    @Operation(summary = "The lead's consent and legal-basis record (audited: personal data)")
    public ConsentimentoView consentimento(@PathParam("id") String id) {
        return consentimentos.ler(callers.caller(), lead(id));
    }

    @PUT
    @Path("leads/{id}/consentimento")
    @RolesAllowed("manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the lead's legal basis ({base_legal}: legitimo_interesse or consentimento), {fonte},"
                    + " {evidencia} (required for consentimento) and {data} (ISO-8601, not in the future; now when"
                    + " absent); 409 for an erased lead")
    public ConsentimentoView definirConsentimento(@PathParam("id") String id, String body) {
        UUID lead = lead(id);
        JsonObject json = objeto(body, Set.of("base_legal", "fonte", "evidencia", "data"));
        String base = obrigatorio(json, "base_legal", 30);
        BaseLegal baseLegal = BaseLegal.of(base)
                .orElseThrow(() -> invalido("base_legal", "must be legitimo_interesse or consentimento"));
        String fonte = obrigatorio(json, "fonte", MAX_FONTE);
        String evidencia = texto(json, "evidencia");
        if (evidencia != null && (evidencia.isBlank() || evidencia.length() > MAX_EVIDENCIA)) {
            throw invalido("evidencia", "must be 1 to " + MAX_EVIDENCIA + " characters when given");
        }
        if (baseLegal == BaseLegal.consentimento && evidencia == null) {
            throw invalido("evidencia", "consent needs its evidence (where and how the person agreed)");
        }
        Instant data = data(texto(json, "data"));
        return consentimentos.definir(
                callers.caller(), lead, baseLegal, fonte.strip(), evidencia == null ? null : evidencia.strip(), data);
    }

    private Instant data(String texto) {
        if (texto == null) {
            return null;
        }
        try {
            Instant data = Instant.parse(texto);
            if (data.isAfter(clock.instant())) {
                throw invalido("data", "cannot be in the future");
            }
            return data;
        } catch (DateTimeParseException e) {
            throw invalido("data", "must be an ISO-8601 instant, e.g. 2026-11-30T13:00:00Z");
        }
    }

    private static UUID lead(String id) {
        return Ids.parse(id).orElseThrow(() -> invalido("id", "must be a lead's id (a UUID)"));
    }

    /** The body as an object with only the known fields. */
    private static JsonObject objeto(String body, Set<String> campos) {
        JsonValue json = JsonBodies.parse(body, MAX_BODY);
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalido("body", "must be a JSON object");
        }
        Optional<String> desconhecido = json.asJsonObject().keySet().stream()
                .filter(campo -> !campos.contains(campo))
                .findFirst();
        if (desconhecido.isPresent()) {
            throw invalido(desconhecido.get(), "unknown field; expected " + String.join(", ", campos));
        }
        return json.asJsonObject();
    }

    /** A string field, null when absent or null; another type is refused. */
    private static String texto(JsonObject json, String campo) {
        JsonValue value = json.get(campo);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw invalido(campo, "must be a string");
    }

    private static String obrigatorio(JsonObject json, String campo, int maximo) {
        String valor = texto(json, campo);
        if (valor == null || valor.isBlank()) {
            throw invalido(campo, "is required");
        }
        if (valor.length() > maximo) {
            throw invalido(campo, "longer than " + maximo + " characters");
        }
        return valor.strip();
    }

    private static InvalidInput invalido(String campo, String problema) {
        return new InvalidInput(List.of(new Violation(campo, problema)));
    }
}
