package ai.alquimista.nigredo.agendamento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.agendamento.entity.AgendamentoStatus;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.http.QueryValues;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Agenda: the meetings Agendamento booked, their briefings, and the sales team's marks on them. */
@Path("api/agendamentos")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AgendamentosResource {

    private static final int MAX_BODY = 4 * 1024;

    @Inject
    Agendamentos agendamentos;

    @Inject
    CallerResolver callers;

    @GET
    @Operation(
            summary = "Meetings and proposals by time; filter by status, period (de, ate: ISO-8601 instants) and lead")
    public Page<AgendamentoResumo> list(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("status") String status,
            @QueryParam("de") String de,
            @QueryParam("ate") String ate,
            @QueryParam("lead_id") String leadId) {
        Paging paging = Paging.of(page, size, 200);
        List<Violation> violations = new ArrayList<>();
        var filtro = new Agendamentos.Filtro(
                status(status, violations),
                QueryValues.instant("de", de, violations),
                QueryValues.instant("ate", ate, violations),
                QueryValues.uuid("lead_id", leadId, violations));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return agendamentos.page(callers.caller(), filtro, paging.page(), paging.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A meeting with its lead, the slots offered and the commercial briefing")
    public AgendamentoDetalhe detalhe(@PathParam("id") String id) {
        return agendamentos.detalhe(callers.caller(), id(id));
    }

    @POST
    @Path("{id}/realizado")
    @RolesAllowed("operator")
    @Operation(summary = "Mark a confirmed meeting as held (once it has started)")
    public AgendamentoDetalhe realizado(@PathParam("id") String id) {
        return agendamentos.realizado(callers.caller(), id(id));
    }

    @POST
    @Path("{id}/cancelado")
    @RolesAllowed("operator")
    @Operation(summary = "Cancel a confirmed meeting; its calendar event is removed")
    public AgendamentoDetalhe cancelado(@PathParam("id") String id) {
        return agendamentos.cancelado(callers.caller(), id(id));
    }

    @POST
    @Path("{id}/remarcado")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move a confirmed meeting to {data_hora} (ISO-8601 instant): a free slot still to come, on a"
                    + " business day within office hours (08:00-18:00, the tenant's time zone)")
    public AgendamentoDetalhe remarcado(@PathParam("id") String id, String body) {
        UUID agendamento = id(id);
        return agendamentos.remarcado(callers.caller(), agendamento, dataHora(body));
    }

    @POST
    @Path("{id}/convertido")
    @RolesAllowed("operator")
    @Operation(summary = "Mark the lead as converted after a meeting that was held")
    public AgendamentoDetalhe convertido(@PathParam("id") String id) {
        return agendamentos.convertido(callers.caller(), id(id));
    }

    private static Instant dataHora(String body) {
        JsonValue json = JsonBodies.parse(body == null ? "" : body, MAX_BODY);
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput(List.of(new Violation("body", "must be a JSON object with data_hora")));
        }
        JsonValue value = json.asJsonObject().get("data_hora");
        if (!(value instanceof JsonString text)) {
            throw new InvalidInput(List.of(
                    new Violation("data_hora", "is required: an ISO-8601 instant such as 2026-11-23T17:00:00Z")));
        }
        List<Violation> violations = new ArrayList<>();
        Optional<Instant> instant = QueryValues.instant("data_hora", text.getString(), violations);
        if (!violations.isEmpty() || instant.isEmpty()) {
            throw new InvalidInput(
                    violations.isEmpty() ? List.of(new Violation("data_hora", "is required")) : violations);
        }
        return instant.get();
    }

    private static Optional<AgendamentoStatus> status(String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(AgendamentoStatus.values())
                .filter(s -> s.name().equals(value))
                .findFirst()
                .or(() -> {
                    violations.add(new Violation(
                            "status", "must be one of proposto, confirmado, realizado, cancelado, remarcado"));
                    return Optional.empty();
                });
    }

    private static UUID id(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFound("no agendamento " + id));
    }
}
