package ai.alquimista.nigredo.canais.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What Amazon SES said in an SNS notification's {@code Message}: an e-mail it received for us (the raw MIME, UTF-8 or
 * base64 as the SNS action's encoding says), a bounce or a complaint about one we sent (with what identifies our send:
 * its Message-ID and {@code X-Alquimista-Envio} header when SES included the original headers), or something else.
 */
public sealed interface NotificacaoSes {

    String ENVIO_HEADER = "X-Alquimista-Envio";

    /** @param destinatarios the envelope recipients this receipt rule took (ours: {@code respostas+<envio>@…}) */
    record Recebido(String sesMessageId, List<String> destinatarios, byte[] mime) implements NotificacaoSes {}

    /** @param permanente {@code bounceType} Permanent; Transient and Undetermined are not */
    record Devolucao(boolean permanente, String subtipo, List<String> enderecos, EmailEnviado enviado)
            implements NotificacaoSes {}

    record Reclamacao(String tipoDeFeedback, List<String> enderecos, EmailEnviado enviado) implements NotificacaoSes {}

    record Outra(String tipo) implements NotificacaoSes {}

    /** Our send a bounce or complaint is about, as far as SES's {@code mail} object tells it. */
    record EmailEnviado(Optional<String> messageId, Optional<UUID> envioId, Optional<Instant> enviadoEm) {}

    /** @throws IllegalArgumentException when the message is not an SES notification */
    static NotificacaoSes ler(String message) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(message))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("the SNS Message is not a JSON object");
            }
            json = value.asJsonObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("the SNS Message is not JSON: " + e.getMessage(), e);
        }
        String tipo = texto(json, "notificationType")
                .or(() -> texto(json, "eventType"))
                .orElse("");
        JsonObject mail = objeto(json, "mail");
        return switch (tipo) {
            case "Received" -> recebido(json, mail);
            case "Bounce" -> {
                JsonObject bounce = objeto(json, "bounce");
                yield new Devolucao(
                        "Permanent".equals(texto(bounce, "bounceType").orElse("")),
                        texto(bounce, "bounceSubType").orElse(""),
                        enderecos(bounce, "bouncedRecipients"),
                        enviado(mail));
            }
            case "Complaint" -> {
                JsonObject complaint = objeto(json, "complaint");
                yield new Reclamacao(
                        texto(complaint, "complaintFeedbackType").orElse(""),
                        enderecos(complaint, "complainedRecipients"),
                        enviado(mail));
            }
            default -> new Outra(tipo);
        };
    }

    private static Recebido recebido(JsonObject json, JsonObject mail) {
        JsonObject receipt = objeto(json, "receipt");
        List<String> destinatarios = textos(receipt, "recipients");
        if (destinatarios.isEmpty()) {
            destinatarios = textos(mail, "destination");
        }
        String content = texto(json, "content")
                .orElseThrow(() -> new IllegalArgumentException(
                        "a Received notification without content: the receipt rule's action must be SNS"));
        String encoding = texto(objeto(receipt, "action"), "encoding").orElse("UTF8");
        byte[] mime;
        if (encoding.toUpperCase(Locale.ROOT).startsWith("BASE64")) {
            try {
                mime = Base64.getMimeDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the BASE64 content is not base64", e);
            }
        } else {
            mime = content.getBytes(StandardCharsets.UTF_8);
        }
        return new Recebido(texto(mail, "messageId").orElse(""), destinatarios, mime);
    }

    private static EmailEnviado enviado(JsonObject mail) {
        Optional<String> messageId = texto(objeto(mail, "commonHeaders"), "messageId");
        Optional<UUID> envio = Optional.empty();
        if (mail.get("headers") instanceof JsonArray headers) {
            for (JsonValue header : headers) {
                if (header instanceof JsonObject h
                        && texto(h, "name")
                                .filter(ENVIO_HEADER::equalsIgnoreCase)
                                .isPresent()) {
                    envio = texto(h, "value").flatMap(NotificacaoSes::uuid);
                }
            }
        }
        Optional<Instant> quando;
        try {
            quando = texto(mail, "timestamp").map(Instant::parse);
        } catch (DateTimeParseException e) {
            quando = Optional.empty();
        }
        return new EmailEnviado(messageId, envio, quando);
    }

    private static Optional<UUID> uuid(String valor) {
        try {
            return Optional.of(UUID.fromString(valor.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> enderecos(JsonObject json, String nome) {
        List<String> enderecos = new ArrayList<>();
        if (json.get(nome) instanceof JsonArray recipients) {
            for (JsonValue recipient : recipients) {
                if (recipient instanceof JsonObject r) {
                    texto(r, "emailAddress").ifPresent(enderecos::add);
                }
            }
        }
        return enderecos;
    }

    private static List<String> textos(JsonObject json, String nome) {
        List<String> textos = new ArrayList<>();
        if (json.get(nome) instanceof JsonArray values) {
            for (JsonValue value : values) {
                if (value instanceof JsonString s) {
                    textos.add(s.getString());
                }
            }
        }
        return textos;
    }

    private static JsonObject objeto(JsonObject json, String nome) {
        return json.get(nome) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static Optional<String> texto(JsonObject json, String nome) {
        return json.get(nome) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
