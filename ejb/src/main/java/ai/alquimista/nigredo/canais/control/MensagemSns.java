package ai.alquimista.nigredo.canais.control;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One message Amazon SNS posts to an HTTPS subscription, as its JSON names the fields, and the canonical text its
 * signature covers. The field order of that text is SNS's and differs by type: a Notification signs Message,
 * MessageId, Subject (when present), Timestamp, TopicArn and Type; a SubscriptionConfirmation or
 * UnsubscribeConfirmation signs Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn and Type. The signature
 * fields are read as they come: a message without them is not malformed but unsigned, which {@link VerificadorSns}
 * refuses.
 */
public record MensagemSns(
        String tipo,
        String messageId,
        String topicArn,
        Optional<String> subject,
        String message,
        String timestamp,
        Optional<String> token,
        Optional<String> subscribeUrl,
        Optional<String> signatureVersion,
        Optional<String> signature,
        Optional<String> signingCertUrl) {

    public static final String NOTIFICATION = "Notification";
    public static final String SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation";
    public static final String UNSUBSCRIBE_CONFIRMATION = "UnsubscribeConfirmation";

    /** Reads the posted body; anything that is not an SNS message of a known type is a 400 naming the fields. */
    public static MensagemSns ler(String corpo) {
        JsonObject json = objeto(corpo);
        List<Violation> violations = new ArrayList<>();
        String tipo = texto(json, "Type", violations);
        if (tipo != null
                && !List.of(NOTIFICATION, SUBSCRIPTION_CONFIRMATION, UNSUBSCRIBE_CONFIRMATION)
                        .contains(tipo)) {
            violations.add(new Violation(
                    "Type", "must be Notification, SubscriptionConfirmation or" + " UnsubscribeConfirmation"));
        }
        boolean confirmacao = !NOTIFICATION.equals(tipo);
        MensagemSns mensagem = new MensagemSns(
                tipo,
                texto(json, "MessageId", violations),
                texto(json, "TopicArn", violations),
                opcional(json, "Subject", violations),
                texto(json, "Message", violations),
                texto(json, "Timestamp", violations),
                confirmacao ? Optional.ofNullable(texto(json, "Token", violations)) : Optional.empty(),
                confirmacao ? Optional.ofNullable(texto(json, "SubscribeURL", violations)) : Optional.empty(),
                opcional(json, "SignatureVersion", violations),
                opcional(json, "Signature", violations),
                opcional(json, "SigningCertURL", violations));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return mensagem;
    }

    public boolean notificacao() {
        return NOTIFICATION.equals(tipo);
    }

    public boolean confirmacaoDeInscricao() {
        return SUBSCRIPTION_CONFIRMATION.equals(tipo);
    }

    /** The text the signature covers: {@code name\nvalue\n} for each signed field, in SNS's order. */
    public String textoCanonico() {
        StringBuilder texto = new StringBuilder();
        campo(texto, "Message", message);
        campo(texto, "MessageId", messageId);
        if (notificacao()) {
            subject.ifPresent(s -> campo(texto, "Subject", s));
        } else {
            campo(texto, "SubscribeURL", subscribeUrl.orElseThrow());
        }
        campo(texto, "Timestamp", timestamp);
        if (!notificacao()) {
            campo(texto, "Token", token.orElseThrow());
        }
        campo(texto, "TopicArn", topicArn);
        campo(texto, "Type", tipo);
        return texto.toString();
    }

    private static void campo(StringBuilder texto, String nome, String valor) {
        texto.append(nome).append('\n').append(valor).append('\n');
    }

    private static JsonObject objeto(String corpo) {
        if (corpo == null || corpo.isBlank()) {
            throw new InvalidInput(List.of(new Violation("body", "must be the JSON message Amazon SNS posts")));
        }
        if (corpo.indexOf('\u0000') >= 0) {
            throw new InvalidInput(List.of(new Violation("body", "must not contain NUL characters")));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(corpo))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInput(List.of(new Violation("body", "is not valid JSON: " + e.getMessage())));
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than 1,000 with a plain RuntimeException
            throw new InvalidInput(List.of(new Violation("body", "cannot be read as JSON: " + e.getMessage())));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput(List.of(new Violation("body", "must be a JSON object")));
        }
        return value.asJsonObject();
    }

    private static String texto(JsonObject json, String nome, List<Violation> violations) {
        JsonValue value = json.get(nome);
        if (value instanceof JsonString s && !s.getString().isEmpty()) {
            return s.getString();
        }
        violations.add(new Violation(nome, "must be a non-empty string"));
        return null;
    }

    private static Optional<String> opcional(JsonObject json, String nome, List<Violation> violations) {
        JsonValue value = json.get(nome);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        violations.add(new Violation(nome, "must be a string"));
        return Optional.empty();
    }
}
