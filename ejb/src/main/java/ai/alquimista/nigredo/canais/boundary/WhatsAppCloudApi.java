package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ModeloWhatsapp;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a message through Meta's WhatsApp Cloud API ({@code POST /{version}/{phone-number-id}/messages}):
 * an approved template when the message carries a {@link ModeloWhatsapp}, free text otherwise. Meta's answer
 * becomes a {@link ResultadoDoEnvio} (see {@link WhatsAppErrors}). It never retries by itself: a repeated
 * POST could deliver the message twice, so Disparo reschedules on {@link ResultadoDoEnvio.TentarDepois}. The Cloud API
 * has no idempotency key: a request that went out without a definite answer (a read timeout, a connection reset, a
 * server error) is {@link ResultadoDoEnvio.Incerto}, and every message carries its envio's id as {@code
 * biz_opaque_callback_data}, which Meta echoes in the status webhooks, so the send can be reconciled later.
 */
@ApplicationScoped
public class WhatsAppCloudApi implements Transmissor {

    private static final Logger LOG = Logger.getLogger(WhatsAppCloudApi.class.getName());
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "alquimista.whatsapp.base-url", defaultValue = "https://graph.facebook.com")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "alquimista.whatsapp.api-version", defaultValue = "v21.0")
    String apiVersion;

    // Optional rather than defaultValue="": MicroProfile Config treats an empty value as missing.
    @Inject
    @ConfigProperty(name = "alquimista.whatsapp.phone-number-id")
    Optional<String> phoneNumberId = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.whatsapp.access-token")
    Optional<String> accessToken = Optional.empty();

    @Override
    public ResultadoDoEnvio transmitir(MensagemDeSaida mensagem) {
        return transmitir(mensagem, Optional.empty());
    }

    /** The platform's number: {@code whatsapp:<alquimista.whatsapp.phone-number-id>}. */
    @Override
    public Optional<String> conta() {
        return conta(Optional.empty());
    }

    /** Sends from the tenant's own business number when given, else from {@code alquimista.whatsapp.phone-number-id}. */
    public Transmissor peloNumero(Optional<String> numeroDoTenant) {
        return new Transmissor() {
            @Override
            public ResultadoDoEnvio transmitir(MensagemDeSaida mensagem) {
                return WhatsAppCloudApi.this.transmitir(mensagem, numeroDoTenant);
            }

            @Override
            public Optional<String> conta() {
                return WhatsAppCloudApi.this.conta(numeroDoTenant);
            }
        };
    }

    /** Each business number is an account of its own: one tenant's revoked number does not stop another's. */
    private Optional<String> conta(Optional<String> numeroDoTenant) {
        return numeroDoTenant
                .or(() -> phoneNumberId)
                .filter(numero -> !numero.isBlank())
                .map(numero -> "whatsapp:" + numero);
    }

    private ResultadoDoEnvio transmitir(MensagemDeSaida mensagem, Optional<String> numeroDoTenant) {
        HttpRequest request = request(payload(mensagem), numeroDoTenant);
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.log(Level.FINE, "WhatsApp Cloud API call failed", e);
            return WhatsAppErrors.semResposta(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ResultadoDoEnvio.Incerto("interrupted while waiting for whatsapp's answer");
        }
        int status = response.statusCode();
        return status / 100 == 2 ? accepted(response.body()) : rejected(status, response.body());
    }

    private HttpRequest request(JsonObject payload, Optional<String> numeroDoTenant) {
        String phone = numeroDoTenant.isPresent()
                ? numeroDoTenant.get()
                : required(phoneNumberId, "alquimista.whatsapp.phone-number-id");
        String token = required(accessToken, "alquimista.whatsapp.access-token");
        return HttpRequest.newBuilder(URI.create(baseUrl + "/" + apiVersion + "/" + phone + "/messages"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString()))
                .build();
    }

    private static String required(Optional<String> value, String property) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "WhatsApp is not configured: set " + property + " to send through the Cloud API"));
    }

    private static JsonObject payload(MensagemDeSaida mensagem) {
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("recipient_type", "individual")
                .add("to", recipient(mensagem.destinatario()))
                .add("biz_opaque_callback_data", mensagem.envioId().toString());
        if (mensagem.modelo().isPresent()) {
            return payload.add("type", "template")
                    .add("template", template(mensagem.modelo().get()))
                    .build();
        }
        return payload.add("type", "text")
                .add(
                        "text",
                        Json.createObjectBuilder().add("preview_url", false).add("body", mensagem.corpo()))
                .build();
    }

    private static String recipient(String e164) {
        return e164.startsWith("+") ? e164.substring(1) : e164;
    }

    private static JsonObjectBuilder template(ModeloWhatsapp modelo) {
        JsonObjectBuilder template = Json.createObjectBuilder()
                .add("name", modelo.nome())
                .add("language", Json.createObjectBuilder().add("code", modelo.idioma()));
        if (!modelo.parametros().isEmpty()) {
            template.add(
                    "components",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("type", "body")
                                    .add("parameters", textParameters(modelo))));
        }
        return template;
    }

    private static JsonArrayBuilder textParameters(ModeloWhatsapp modelo) {
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        modelo.parametros()
                .forEach(text -> parameters.add(
                        Json.createObjectBuilder().add("type", "text").add("text", text)));
        return parameters;
    }

    private static ResultadoDoEnvio accepted(String body) {
        Optional<JsonObject> json = parse(body);
        Optional<String> messageId = json.flatMap(o -> firstString(o, "messages", "id"));
        if (messageId.isEmpty()) {
            // Meta took the request, so it may have been delivered: failing beats risking a second copy.
            LOG.warning(() -> "WhatsApp accepted a message but returned no message id: " + body);
            return new ResultadoDoEnvio.Falhou("whatsapp accepted the message without a message id");
        }
        return new ResultadoDoEnvio.Enviado(messageId.get(), json.flatMap(o -> firstString(o, "contacts", "wa_id")));
    }

    private static ResultadoDoEnvio rejected(int status, String body) {
        Optional<JsonObject> error = parse(body)
                .map(o -> o.get("error"))
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .filter(e -> e.get("code") instanceof JsonNumber);
        if (error.isEmpty()) {
            return WhatsAppErrors.withoutErrorBody(status);
        }
        JsonObject e = error.get();
        return WhatsAppErrors.classify(status, e.getInt("code"), e.getString("message", "(no message)"));
    }

    private static Optional<String> firstString(JsonObject json, String arrayName, String field) {
        JsonValue array = json.get(arrayName);
        if (array == null || array.getValueType() != JsonValue.ValueType.ARRAY) {
            return Optional.empty();
        }
        JsonArray items = array.asJsonArray();
        if (items.isEmpty() || items.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.empty();
        }
        return Optional.ofNullable(items.getJsonObject(0).getString(field, null));
    }

    private static Optional<JsonObject> parse(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
