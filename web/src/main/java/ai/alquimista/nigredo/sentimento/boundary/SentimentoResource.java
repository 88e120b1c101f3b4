package ai.alquimista.nigredo.sentimento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.problems.JsonBodies;
import ai.alquimista.shared.problems.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Sentimento's API: the analysis of a text, for a tenant that activated the agent. Nothing is stored. */
@Path("api/sentimento")
@ApplicationScoped
@RolesAllowed("viewer")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class SentimentoResource {

    /** Room for {@value SentimentoService#MAX_CARACTERES} characters however the JSON escapes them. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    SentimentoService sentimento;

    @Inject
    CallerResolver callers;

    @POST
    @Path("analise")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(
            value = AnaliseDeSentimento.class,
            responseCode = "200",
            responseDescription = "The analysis; nothing is stored")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                                            requiredProperties = {"texto"},
                                            properties = {
                                                @SchemaProperty(
                                                        name = "texto",
                                                        type =
                                                                org.eclipse.microprofile.openapi.annotations.enums
                                                                        .SchemaType.STRING,
                                                        minLength = 1,
                                                        maxLength = SentimentoService.MAX_CARACTERES,
                                                        example = "Tenho interesse, vamos agendar")
                                            })))
    @Operation(
            summary = "Analyse a text {texto} (1 to 5,000 characters) with Sentimento: sentimento (positivo, neutro,"
                    + " negativo, irritado), intensidade 0-100, descadastro (opt-out, LGPD), intencao (interesse,"
                    + " pergunta, objecao, recusa, descadastro, outra) and palavras_chave; 403 unless the tenant"
                    + " activated nigredo-sentimento")
    public AnaliseDeSentimento analisar(String body) {
        return AnaliseDeSentimento.de(sentimento.analisarPara(callers.caller(), texto(body)));
    }

    /** The body's {@code texto} string; a body that is no JSON object with one is refused naming {@code texto}. */
    private static String texto(String body) {
        JsonValue json;
        try {
            json = JsonBodies.parse(body, MAX_BODY_BYTES);
        } catch (ProblemException e) {
            if (e.getResponse().getStatus() != 400) {
                throw e;
            }
            throw invalido("send a JSON object {\"texto\": \"...\"}; " + e.getMessage());
        }
        JsonValue texto = json.getValueType() == JsonValue.ValueType.OBJECT
                ? json.asJsonObject().get("texto")
                : null;
        if (texto == null) {
            throw invalido("is required: send a JSON object {\"texto\": \"...\"}");
        }
        if (!(texto instanceof JsonString text)) {
            throw invalido("must be a string");
        }
        return text.getString();
    }

    private static InvalidInput invalido(String problema) {
        return new InvalidInput(List.of(new Violation("texto", problema)));
    }
}
