package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.nigredo.relatorios.MetricasFunil;
import ai.alquimista.nigredo.relatorios.control.RelatorioEmPdf;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The daily reports: the days with one, a day's figures, and its PDF. */
@Path("api/relatorios")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
public class RelatoriosResource {

    static final String PDF = "application/pdf";

    @Inject
    Relatorios relatorios;

    @Inject
    CallerResolver callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The days with a daily report, newest first")
    public List<RelatorioDoDia> dias() {
        return relatorios.dias(callers.caller());
    }

    @GET
    @Path("{data}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A day's funnel metrics, objections and insights (data: YYYY-MM-DD)")
    public MetricasFunil metricas(@PathParam("data") String data) {
        return relatorios.metricas(callers.caller(), Datas.dia(data, "data"));
    }

    @GET
    @Path("{data}.pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "A day's report as a PDF: the funnel chart, the rates, the objections and the insights")
    public Response pdf(@PathParam("data") String data) {
        LocalDate dia = Datas.dia(data, "data");
        return Response.ok(relatorios.pdf(callers.caller(), dia), PDF)
                .header("Content-Disposition", "inline; filename=\"" + RelatorioEmPdf.arquivo(dia) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
