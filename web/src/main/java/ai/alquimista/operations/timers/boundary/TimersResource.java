package ai.alquimista.operations.timers.boundary;

import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.operators.entity.Operator;
import ai.alquimista.shared.problems.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Operators' hold on the timers (outbox sweep, dispatch, watchdogs, daily reports, retention...): each with its
 * schedule and what it did on every instance; pause and resume on every instance; run now on this one.
 */
@Path("admin/timers")
@ApplicationScoped
@RolesAllowed(Operator.ROLE)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TimersResource {

    /** Our timers' names; anything else names no timer. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    @Inject
    Timers timers;

    @Inject
    CallerResolver caller;

    @GET
    @Operation(
            summary = "Every timer: what it does, its schedule, whether it is paused (by whom, since when), and on"
                    + " each instance its next run, its last run (start, duration, outcome, error) and its counts")
    public List<TimerView> all() {
        return timers.all();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One timer, as in the list")
    public TimerView one(@PathParam("name") String name) {
        return timers.one(valid(name));
    }

    @POST
    @Path("{name}/pause")
    @Operation(
            summary = "Pause a timer on every instance (within two seconds): its ticks run nothing until it is"
                    + " resumed. Audited")
    public TimerView pause(@PathParam("name") String name) {
        return timers.pauseForOperator(valid(name), caller.operator());
    }

    @POST
    @Path("{name}/resume")
    @Operation(summary = "Resume a paused timer on every instance. Audited")
    public TimerView resume(@PathParam("name") String name) {
        return timers.resumeForOperator(valid(name), caller.operator());
    }

    @POST
    @Path("{name}/run")
    @APIResponse(responseCode = "202", description = "The run started on this instance; its outcome is in the list")
    @APIResponse(responseCode = "409", description = "A run of this timer is going on on this instance")
    @Operation(summary = "Run a timer now on the instance that answers, paused or not. Audited")
    public Response run(@PathParam("name") String name) {
        timers.runNowForOperator(valid(name), caller.operator());
        return Response.accepted().build();
    }

    private static String valid(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new ProblemException(
                    404, "Not found", "no timer is named that: names are lower-case words and dashes");
        }
        return name;
    }
}
