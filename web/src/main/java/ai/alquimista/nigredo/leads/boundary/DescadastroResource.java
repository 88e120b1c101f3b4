package ai.alquimista.nigredo.leads.boundary;

import ai.alquimista.shared.errors.NotFound;
import ai.alquimista.shared.ids.Ids;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The unsubscribe link in every e-mail. GET shows a confirmation button (mail scanners follow links, so a GET
 * never unsubscribes); POST — the button, or the mail client's one-click List-Unsubscribe-Post — does.
 */
@Path("descadastro/{envio}")
@ApplicationScoped
@PermitAll
public class DescadastroResource {

    @Inject
    Descadastro descadastro;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The unsubscribe confirmation page")
    public String confirm(@PathParam("envio") String envio) {
        id(envio);
        return page(
                "Descadastrar",
                "<p>Deseja deixar de receber nossas mensagens neste endereço?</p>"
                        + "<form method=\"post\"><button type=\"submit\">Sim, descadastrar</button></form>");
    }

    @POST
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "Unsubscribe the recipient of this message (one click, RFC 8058)")
    public String unsubscribe(@PathParam("envio") String envio) {
        String empresa = descadastro.descadastrar(id(envio));
        return page(
                "Descadastro feito",
                "<p>Pronto: você não receberá mais mensagens de " + escape(empresa) + " neste endereço.</p>");
    }

    private static UUID id(String envio) {
        return Ids.parse(envio).orElseThrow(() -> new NotFound("this unsubscribe link is not valid"));
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><meta name=\"viewport\" content=\"width=device-width\"></head><body><h1>" + title + "</h1>"
                + body + "</body></html>";
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
