package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.shared.http.BodyLimits;
import ai.alquimista.shared.problems.JsonBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Amazon SES receiving → SNS → this HTTPS endpoint. SNS posts JSON as {@code text/plain} and names the message type in
 * {@code x-amz-sns-message-type}. Public (SNS sends no token): the message's signature is what is verified, before
 * anything is stored ({@link WebhookSes}).
 */
@Path("webhooks/ses")
@ApplicationScoped
@PermitAll
public class SesWebhookResource {

    @Inject
    WebhookSes webhook;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponseSchema(
            value = WebhookSesAceito.class,
            responseCode = "200",
            responseDescription = "Verified and stored; a notification is processed through the queue")
    @APIResponse(responseCode = "401", description = "Unsigned, badly signed, foreign certificate host or topic")
    @Operation(summary = "Amazon SNS notifications of SES (received e-mail, bounces, complaints), signature verified")
    public WebhookSesAceito receive(@HeaderParam(WebhookSes.MESSAGE_TYPE) String tipo, String body) {
        // hostile JSON (deep nesting, NUL, several values) is refused here as on every JSON route
        JsonBodies.parse(body, BodyLimits.WEBHOOK_BYTES);
        return webhook.receber(Optional.ofNullable(tipo), body);
    }
}
