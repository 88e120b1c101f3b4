package ai.alquimista.nigredo.canais.whatsapp;

import ai.alquimista.shared.text.StorableText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A WhatsApp Cloud API webhook body ({@code object: whatsapp_business_account}): its {@code entry[].changes[]}, one per
 * business number ({@code value.metadata.phone_number_id}), each with the users' {@code messages[]} and our sends'
 * {@code statuses[]}. Unknown fields are ignored and an item without what it needs is left out (counted in
 * {@link Alteracao#ignorados()}); only a body that is not a JSON object is refused.
 */
public record NotificacaoWhatsapp(List<Alteracao> alteracoes) {

    /** A phone number id, a sender's number: digits, bounded. */
    private static final Pattern PHONE_NUMBER_ID = Pattern.compile("\\d{1,30}");

    private static final Pattern NUMERO = Pattern.compile("\\d{5,20}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");
    private static final int WAMID_MAXIMO = 256;
    /** Meta accepts at most 512 characters of {@code biz_opaque_callback_data}. */
    private static final int CALLBACK_MAXIMO = 512;

    private static final int TEXTO_MAXIMO = 4096;

    /** pt-BR placeholders for messages that carry no text. */
    private static final Map<String, String> SEM_TEXTO = Map.ofEntries(
            Map.entry("image", "[imagem]"),
            Map.entry("audio", "[áudio]"),
            Map.entry("voice", "[áudio]"),
            Map.entry("video", "[vídeo]"),
            Map.entry("document", "[documento]"),
            Map.entry("sticker", "[figurinha]"),
            Map.entry("location", "[localização]"),
            Map.entry("contacts", "[contato]"),
            Map.entry("reaction", "[reação]"),
            Map.entry("order", "[pedido]"));

    /** The changes for one business number. */
    public record Alteracao(
            String phoneNumberId, List<MensagemRecebida> mensagens, List<StatusDeEnvio> statuses, int ignorados) {}

    /** The body is not a JSON object. */
    public static final class Invalida extends IllegalArgumentException {

        Invalida(String message) {
            super(message);
        }
    }

    /** @throws Invalida when the body is not one JSON object */
    public static NotificacaoWhatsapp ler(String corpo) {
        JsonValue json;
        try (JsonParser parser = Json.createParser(new StringReader(corpo == null ? "" : corpo))) {
            if (!parser.hasNext()) {
                throw new Invalida("the body is empty");
            }
            parser.next();
            json = parser.getValue();
            if (parser.hasNext()) {
                throw new Invalida("the body holds more than one JSON value");
            }
        } catch (JsonException e) {
            throw new Invalida("the body is not valid JSON: " + e.getMessage());
        } catch (Invalida e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than 1,000 with a plain RuntimeException
            throw new Invalida("the body cannot be read as JSON: " + e.getMessage());
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Invalida("the body is not a JSON object");
        }
        List<Alteracao> alteracoes = new ArrayList<>();
        for (JsonObject entry : objects(json.asJsonObject().get("entry"))) {
            for (JsonObject change : objects(entry.get("changes"))) {
                alteracao(change).ifPresent(alteracoes::add);
            }
        }
        return new NotificacaoWhatsapp(List.copyOf(alteracoes));
    }

    /** The business numbers the body has changes for, in order of appearance. */
    public Set<String> numeros() {
        Set<String> numeros = new LinkedHashSet<>();
        alteracoes.forEach(a -> numeros.add(a.phoneNumberId()));
        return numeros;
    }

    public List<Alteracao> doNumero(String phoneNumberId) {
        return alteracoes.stream()
                .filter(a -> a.phoneNumberId().equals(phoneNumberId))
                .toList();
    }

    private static Optional<Alteracao> alteracao(JsonObject change) {
        JsonObject value = object(change.get("value")).orElse(null);
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> phoneNumberId = object(value.get("metadata"))
                .flatMap(m -> string(m.get("phone_number_id")))
                .filter(id -> PHONE_NUMBER_ID.matcher(id).matches());
        if (phoneNumberId.isEmpty()) {
            return Optional.empty();
        }
        List<JsonObject> contacts = objects(value.get("contacts"));
        Optional<String> waId = contacts.size() == 1
                ? string(contacts.get(0).get("wa_id"))
                        .filter(n -> NUMERO.matcher(n).matches())
                : Optional.empty();
        int ignorados = 0;
        List<MensagemRecebida> mensagens = new ArrayList<>();
        for (JsonObject message : objects(value.get("messages"))) {
            Optional<MensagemRecebida> mensagem = mensagem(message, waId);
            mensagem.ifPresent(mensagens::add);
            ignorados += mensagem.isEmpty() ? 1 : 0;
        }
        List<StatusDeEnvio> statuses = new ArrayList<>();
        for (JsonObject status : objects(value.get("statuses"))) {
            Optional<StatusDeEnvio> lido = status(status);
            lido.ifPresent(statuses::add);
            ignorados += lido.isEmpty() ? 1 : 0;
        }
        return Optional.of(
                new Alteracao(phoneNumberId.get(), List.copyOf(mensagens), List.copyOf(statuses), ignorados));
    }

    private static Optional<MensagemRecebida> mensagem(JsonObject message, Optional<String> waId) {
        Optional<String> wamid = wamid(message.get("id"));
        Optional<String> de =
                string(message.get("from")).filter(n -> NUMERO.matcher(n).matches());
        if (wamid.isEmpty() || de.isEmpty()) {
            return Optional.empty();
        }
        String tipo = string(message.get("type")).orElse("unknown");
        Optional<String> contexto = object(message.get("context")).flatMap(c -> wamid(c.get("id")));
        return Optional.of(new MensagemRecebida(
                wamid.get(),
                de.get(),
                waId,
                instant(message.get("timestamp")),
                armazenavel(limitado(tipo, 40)),
                armazenavel(texto(message, tipo)),
                contexto));
    }

    private static String texto(JsonObject message, String tipo) {
        Optional<String> texto = switch (tipo) {
            case "text" -> object(message.get("text")).flatMap(t -> string(t.get("body")));
            case "button" -> object(message.get("button")).flatMap(b -> string(b.get("text")));
            case "interactive" -> object(message.get("interactive")).flatMap(NotificacaoWhatsapp::resposta);
            default -> Optional.empty();
        };
        if (texto.isPresent() && !texto.get().isBlank()) {
            return texto.get();
        }
        String marcador = SEM_TEXTO.getOrDefault(tipo, "[mensagem do tipo " + limitado(tipo, 40) + "]");
        Optional<String> legenda =
                object(message.get(tipo)).flatMap(m -> string(m.get("caption"))).filter(c -> !c.isBlank());
        return legenda.map(c -> marcador + " " + c).orElse(marcador);
    }

    /** An interactive reply: the tapped button's or list row's title. */
    private static Optional<String> resposta(JsonObject interactive) {
        return string(interactive.get("type"))
                .flatMap(kind -> object(interactive.get(kind)))
                .flatMap(reply -> string(reply.get("title")));
    }

    private static Optional<StatusDeEnvio> status(JsonObject status) {
        Optional<String> wamid = wamid(status.get("id"));
        Optional<String> estado = string(status.get("status"));
        if (wamid.isEmpty() || estado.isEmpty()) {
            return Optional.empty();
        }
        Optional<ErroMeta> erro = objects(status.get("errors")).stream()
                .findFirst()
                .filter(e -> e.get("code") instanceof JsonNumber n && n.isIntegral())
                .map(e -> new ErroMeta(
                        e.getJsonNumber("code").intValue(),
                        armazenavel(string(e.get("title")).orElse("(sem título)"))));
        Optional<String> callback = string(status.get("biz_opaque_callback_data"))
                .filter(dados -> dados.length() <= CALLBACK_MAXIMO && StorableText.isStorable(dados));
        return Optional.of(new StatusDeEnvio(
                wamid.get(), limitado(estado.get(), 20), instant(status.get("timestamp")), erro, callback));
    }

    private static Optional<String> wamid(JsonValue value) {
        return string(value).filter(id -> !id.isBlank() && id.length() <= WAMID_MAXIMO && StorableText.isStorable(id));
    }

    private static Optional<Instant> instant(JsonValue value) {
        return string(value)
                .filter(t -> TIMESTAMP.matcher(t).matches())
                .map(t -> Instant.ofEpochSecond(Long.parseLong(t)));
    }

    /** Text PostgreSQL can store: a control character or a lone surrogate becomes U+FFFD; at most 4,096 characters. */
    private static String armazenavel(String texto) {
        StringBuilder limpo = new StringBuilder(texto.length());
        String resto = texto;
        int i;
        while ((i = StorableText.firstForbidden(resto)) >= 0) {
            limpo.append(resto, 0, i).append('\uFFFD');
            resto = resto.substring(i + 1);
        }
        limpo.append(resto);
        return limitado(limpo.toString(), TEXTO_MAXIMO);
    }

    private static String limitado(String texto, int maximo) {
        if (texto.length() <= maximo) {
            return texto;
        }
        int fim = Character.isHighSurrogate(texto.charAt(maximo - 1)) ? maximo - 1 : maximo;
        return texto.substring(0, fim);
    }

    private static Optional<String> string(JsonValue value) {
        return value instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }

    private static Optional<JsonObject> object(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
                ? Optional.of(value.asJsonObject())
                : Optional.empty();
    }

    private static List<JsonObject> objects(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        return array.stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .toList();
    }
}
