package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.whatsapp.AssinaturaMeta;
import ai.alquimista.nigredo.canais.whatsapp.NotificacaoWhatsapp;
import ai.alquimista.nigredo.canais.whatsapp.VerificacaoMeta;
import ai.alquimista.shared.errors.TooLarge;
import ai.alquimista.shared.http.BodyLimits;
import ai.alquimista.shared.problems.Problem;
import ai.alquimista.shared.problems.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Meta's WhatsApp Cloud API webhook. Public (Meta carries no token): GET is Meta's verification handshake, answered
 * only for our verify token; every POST must carry {@code X-Hub-Signature-256}, the HMAC-SHA256 of the raw body with
 * the app secret, or it is refused 401 with nothing stored. A signed body is kept and acknowledged at once; Disparo
 * reads it from its queue.
 */
@Path("webhooks/whatsapp")
@SecurityScheme(
        securitySchemeName = "meta-signature",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = AssinaturaMeta.HEADER,
        description = "sha256=<hex HMAC-SHA256 of the raw body with the Meta app secret>")
@ApplicationScoped
@PermitAll
public class WhatsAppWebhookResource {

    @Inject
    EntradaWhatsapp entrada;

    // Optional rather than defaultValue="": MicroProfile Config treats an empty value as missing.
    @Inject
    @ConfigProperty(name = "alquimista.whatsapp.app-secret")
    Optional<String> appSecret;

    @Inject
    @ConfigProperty(name = "alquimista.whatsapp.verify-token")
    Optional<String> verifyToken;

    @GET
    @Operation(summary = "Meta's webhook verification: echoes hub.challenge for our hub.verify_token; else 403")
    public Response verify(
            @QueryParam("hub.mode") String mode,
            @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        return VerificacaoMeta.desafio(verifyToken, mode, token, challenge)
                .map(desafio -> Response.ok(desafio, MediaType.TEXT_PLAIN_TYPE).build())
                .orElseGet(() ->
                        Problem.response(403, "Forbidden", "hub.mode must be subscribe and hub.verify_token ours"));
    }

    @POST
    @SecurityRequirement(name = "meta-signature")
    @Operation(
            summary = "A WhatsApp Cloud API notification (messages, statuses), signed with X-Hub-Signature-256;"
                    + " 200 once kept, 401 unsigned or badly signed, 413 over 1 MiB, 400 not a JSON object")
    public Response receive(@HeaderParam(AssinaturaMeta.HEADER) String signature, InputStream body) {
        byte[] corpo = read(body);
        Optional<AssinaturaMeta> assinatura =
                appSecret.filter(secret -> !secret.isBlank()).map(AssinaturaMeta::new);
        if (assinatura.isEmpty() || !assinatura.get().confere(corpo, signature)) {
            return Problem.response(
                    401,
                    "Unauthorized",
                    "the body must be signed: X-Hub-Signature-256: sha256=<HMAC-SHA256 of the body with the app"
                            + " secret>");
        }
        String texto = new String(corpo, StandardCharsets.UTF_8);
        NotificacaoWhatsapp notificacao;
        try {
            notificacao = NotificacaoWhatsapp.ler(texto);
        } catch (NotificacaoWhatsapp.Invalida e) {
            return Problem.response(400, "Malformed JSON", e.getMessage());
        }
        entrada.receber(texto, notificacao);
        return Response.ok().build();
    }

    /** The raw bytes the signature covers, never more than the limit (the body filter also stops a longer read). */
    private static byte[] read(InputStream body) {
        try {
            byte[] corpo = body.readNBytes(BodyLimits.WEBHOOK_BYTES + 1);
            if (corpo.length > BodyLimits.WEBHOOK_BYTES) {
                throw new TooLarge("the request body", BodyLimits.WEBHOOK_BYTES);
            }
            return corpo;
        } catch (IOException e) {
            throw new ProblemException(400, "Unreadable body", "the request body could not be read: " + e.getMessage());
        }
    }
}
