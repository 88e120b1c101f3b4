package ai.alquimista.nigredo.agendamento.control;

import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Google Calendar API v3 as the platform's service account: the OAuth 2.0 JWT-bearer token exchange (RFC 7523: an
 * RS256 assertion with {@code iss} the account's e-mail, {@code scope} calendar, {@code aud} the token URI, valid one
 * hour; the access token is reused until shortly before it expires), {@code freeBusy}, {@code events.insert} and
 * {@code events.delete} with {@code sendUpdates=all}. Every failure, refusal, timeout or unreadable answer is a
 * {@link CalendarioIndisponivel} saying why; it never retries by itself: the caller holds a database transaction (and
 * the slot's lock) meanwhile, and the saga compensates instead.
 *
 * <p>Configured by the operator, not by tenants: {@code alquimista.google.service-account-file} (the path of the
 * account's JSON key) and {@code alquimista.google.calendar-url} (default {@code https://www.googleapis.com}).
 */
@ApplicationScoped
public class GoogleCalendarApi {

    public static final String ESCOPO = "https://www.googleapis.com/auth/calendar";
    public static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private static final Logger LOG = Logger.getLogger(GoogleCalendarApi.class.getName());
    private static final Duration VALIDADE_DA_ASSERCAO = Duration.ofHours(1);
    /** A token about to expire is renewed rather than sent: a request must not outlive it. */
    private static final Duration RENOVAR_ANTES = Duration.ofMinutes(2);

    private static final String ARQUIVO_DA_CONTA = "alquimista.google.service-account-file";
    private static final String FORBIDDEN_FOR_SERVICE_ACCOUNTS = "forbiddenForServiceAccounts";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Clock clock;

    // Optional rather than defaultValue="": MicroProfile Config treats an empty value as missing.
    @Inject
    @ConfigProperty(name = ARQUIVO_DA_CONTA)
    Optional<String> arquivoDaConta = Optional.empty();

    @Inject
    @ConfigProperty(name = "alquimista.google.calendar-url", defaultValue = "https://www.googleapis.com")
    String baseUrl = "https://www.googleapis.com";

    /** How long Google may take to answer one request. */
    Duration tempoLimite = Duration.ofSeconds(10);

    private ContaDeServicoGoogle conta;
    private String token;
    private Instant tokenValidoAte = Instant.MIN;

    /**
     * The platform's service account (its {@link ContaDeServicoGoogle#clientEmail()} is what tenants share their
     * calendar with).
     *
     * @throws CalendarioIndisponivel when the operator configured none or its key cannot be read
     */
    public synchronized ContaDeServicoGoogle conta() {
        if (conta == null) {
            String arquivo = arquivoDaConta
                    .filter(path -> !path.isBlank())
                    .orElseThrow(() -> new CalendarioIndisponivel(
                            "Google Calendar is not set up on this platform: the operator has not configured a"
                                    + " service account (" + ARQUIVO_DA_CONTA + ")"));
            try {
                conta = ContaDeServicoGoogle.ler(Path.of(arquivo));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.SEVERE, "the Google service account cannot be read", e);
                throw new CalendarioIndisponivel(
                        "Google Calendar is not available: the platform's service account key cannot be read", e);
            }
        }
        return conta;
    }

    /** Busy intervals of the calendar within {@code periodo} ({@code POST /calendar/v3/freeBusy}). */
    public List<Horario> ocupados(String calendarId, Horario periodo) {
        JsonObject pedido = Json.createObjectBuilder()
                .add("timeMin", periodo.inicio().toString())
                .add("timeMax", periodo.fim().toString())
                .add(
                        "items",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", calendarId)))
                .build();
        HttpResponse<String> resposta = chamar(post("/calendar/v3/freeBusy", pedido), "freeBusy");
        if (resposta.statusCode() / 100 != 2) {
            throw recusa("freeBusy", calendarId, resposta);
        }
        try {
            return ocupados(calendarId, objeto(resposta.body()));
        } catch (JsonException | ClassCastException | DateTimeParseException | IllegalArgumentException e) {
            throw new CalendarioIndisponivel("Google Calendar's freeBusy answer cannot be read: " + e.getMessage(), e);
        }
    }

    private List<Horario> ocupados(String calendarId, JsonObject resposta) {
        JsonObject calendario =
                campo(campo(resposta, "calendars").asJsonObject(), calendarId).asJsonObject();
        JsonValue erros = calendario.get("errors");
        if (erros instanceof JsonArray lista && !lista.isEmpty()) {
            String motivos = lista.stream()
                    .map(erro -> erro.asJsonObject().getString("reason", "?"))
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("?");
            throw new CalendarioIndisponivel("Google Calendar cannot read the calendar " + calendarId + " (" + motivos
                    + "): share it with " + conta().clientEmail());
        }
        JsonValue busy = calendario.get("busy");
        List<Horario> ocupados = new ArrayList<>();
        if (busy == null) {
            return ocupados;
        }
        for (JsonValue intervalo : busy.asJsonArray()) {
            Instant inicio = instante(campo(intervalo.asJsonObject(), "start"));
            Instant fim = instante(campo(intervalo.asJsonObject(), "end"));
            if (fim.isAfter(inicio)) {
                ocupados.add(new Horario(inicio, fim));
            }
        }
        return ocupados;
    }

    /**
     * Creates the event with the id given (the booking's: a lost answer still leaves an event we can find and delete)
     * and invites its attendees ({@code events.insert}, {@code sendUpdates=all}). A service account may invite only
     * with Google Workspace domain-wide delegation; without it Google refuses the attendees
     * ({@code forbiddenForServiceAccounts}) and the event is created without them, naming them in its description:
     * the confirmation e-mail carries the invitation then. When the answer is lost or Google fails after the request
     * may have reached it, the event is deleted again before the failure is reported.
     *
     * @return the event's id in Google
     */
    public String inserir(String calendarId, String eventId, EventoDeAgenda evento) {
        return inserir(calendarId, eventId, evento, true).orElseGet(() -> {
            LOG.info(() -> "the service account cannot invite attendees to " + calendarId
                    + " (no domain-wide delegation): event " + eventId + " is created without them");
            return inserir(calendarId, eventId, evento, false)
                    .orElseThrow(() -> new IllegalStateException("attendees refused without attendees"));
        });
    }

    /** The event's id, or nothing when Google refuses to let the service account invite the attendees. */
    private Optional<String> inserir(String calendarId, String eventId, EventoDeAgenda evento, boolean comConvidados) {
        HttpResponse<String> resposta;
        try {
            resposta = chamar(
                    post(eventos(calendarId) + "?sendUpdates=all", evento(eventId, evento, comConvidados)),
                    "events.insert");
        } catch (SemResposta e) {
            throw e.talvezRecebido ? desfazer(calendarId, eventId, e) : e;
        }
        int status = resposta.statusCode();
        if (status / 100 == 2) {
            try {
                return Optional.of(texto(campo(objeto(resposta.body()), "id")));
            } catch (JsonException | ClassCastException | IllegalArgumentException e) {
                throw desfazer(
                        calendarId,
                        eventId,
                        new CalendarioIndisponivel(
                                "Google Calendar's events.insert answer cannot be read: " + e.getMessage(), e));
            }
        }
        if (status == 403 && comConvidados && motivo(resposta.body()).contains(FORBIDDEN_FOR_SERVICE_ACCOUNTS)) {
            return Optional.empty();
        }
        CalendarioIndisponivel recusa = recusa("events.insert", calendarId, resposta);
        throw status >= 500 ? desfazer(calendarId, eventId, recusa) : recusa;
    }

    private static JsonObject evento(String eventId, EventoDeAgenda evento, boolean comConvidados) {
        JsonArrayBuilder convidados = Json.createArrayBuilder();
        evento.participantes()
                .forEach(email -> convidados.add(Json.createObjectBuilder().add("email", email)));
        String descricao = comConvidados || evento.participantes().isEmpty()
                ? evento.descricao()
                : "Participantes: " + String.join(", ", evento.participantes()) + "\n\n" + evento.descricao();
        var corpo = Json.createObjectBuilder()
                .add("id", eventId)
                .add("summary", evento.titulo())
                .add("description", descricao)
                .add(
                        "start",
                        Json.createObjectBuilder()
                                .add("dateTime", evento.horario().inicio().toString()))
                .add(
                        "end",
                        Json.createObjectBuilder()
                                .add("dateTime", evento.horario().fim().toString()));
        if (comConvidados) {
            corpo.add("attendees", convidados);
        }
        return corpo.build();
    }

    /** Deletes the event and tells its attendees ({@code events.delete}); an event already gone is fine. */
    public void remover(String calendarId, String eventId) {
        HttpRequest pedido = autorizado(eventos(calendarId) + "/" + segmento(eventId) + "?sendUpdates=all")
                .DELETE()
                .build();
        HttpResponse<String> resposta = chamar(pedido, "events.delete");
        int status = resposta.statusCode();
        if (status / 100 != 2 && status != 404 && status != 410) {
            throw recusa("events.delete", calendarId, resposta);
        }
    }

    private CalendarioIndisponivel desfazer(String calendarId, String eventId, CalendarioIndisponivel falha) {
        try {
            remover(calendarId, eventId);
        } catch (CalendarioIndisponivel naoDesfeito) {
            LOG.log(
                    Level.WARNING,
                    "event " + eventId + " may have been created in calendar " + calendarId
                            + " and could not be deleted after: " + falha.getMessage(),
                    naoDesfeito);
            falha.addSuppressed(naoDesfeito);
        }
        return falha;
    }

    private String eventos(String calendarId) {
        return "/calendar/v3/calendars/" + segmento(calendarId) + "/events";
    }

    private HttpRequest post(String caminho, JsonObject corpo) {
        return autorizado(caminho)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(corpo.toString()))
                .build();
    }

    private HttpRequest.Builder autorizado(String caminho) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return HttpRequest.newBuilder(URI.create(base + caminho))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json")
                .timeout(tempoLimite);
    }

    /** The cached access token, or a new one from the token exchange. */
    synchronized String token() {
        Instant agora = clock.instant();
        if (token != null && agora.isBefore(tokenValidoAte)) {
            return token;
        }
        ContaDeServicoGoogle conta = conta();
        String formulario = "grant_type=" + URLEncoder.encode(GRANT_TYPE, StandardCharsets.UTF_8) + "&assertion="
                + URLEncoder.encode(assercao(conta, agora), StandardCharsets.UTF_8);
        HttpRequest pedido = HttpRequest.newBuilder(conta.tokenUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .timeout(tempoLimite)
                .POST(HttpRequest.BodyPublishers.ofString(formulario))
                .build();
        HttpResponse<String> resposta = chamar(pedido, "token exchange");
        if (resposta.statusCode() != 200) {
            throw new CalendarioIndisponivel("Google refused a token to the service account " + conta.clientEmail()
                    + ": " + resposta.statusCode() + erroDoToken(resposta.body()));
        }
        try {
            JsonObject json = objeto(resposta.body());
            String novo = texto(campo(json, "access_token"));
            long segundos = json.get("expires_in") instanceof JsonNumber numero ? numero.longValueExact() : 3600;
            token = novo;
            tokenValidoAte = agora.plusSeconds(segundos).minus(RENOVAR_ANTES);
            return novo;
        } catch (JsonException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
            throw new CalendarioIndisponivel("Google's token answer cannot be read: " + e.getMessage(), e);
        }
    }

    private synchronized void esquecerToken() {
        token = null;
    }

    /** RFC 7523 §2.1 as Google wants it: RS256, the key's id in the header, one hour at most. */
    private static String assercao(ContaDeServicoGoogle conta, Instant agora) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(conta.clientEmail());
        claims.setClaim("scope", ESCOPO);
        claims.setAudience(conta.tokenUri().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(agora.getEpochSecond()));
        claims.setExpirationTime(
                NumericDate.fromSeconds(agora.plus(VALIDADE_DA_ASSERCAO).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(conta.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        conta.privateKeyId().ifPresent(jws::setKeyIdHeaderValue);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new CalendarioIndisponivel("cannot sign the service account's assertion: " + e.getMessage(), e);
        }
    }

    private HttpResponse<String> chamar(HttpRequest pedido, String operacao) {
        try {
            return http.send(pedido, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new SemResposta("Google Calendar unreachable (" + operacao + "): " + e, e, false);
        } catch (HttpTimeoutException e) {
            throw new SemResposta(
                    "Google Calendar did not answer " + operacao + " within " + tempoLimite.toMillis() + " ms",
                    e,
                    true);
        } catch (IOException e) {
            throw new SemResposta("Google Calendar " + operacao + " failed: " + e, e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SemResposta("interrupted while calling Google Calendar (" + operacao + ")", e, true);
        }
    }

    private CalendarioIndisponivel recusa(String operacao, String calendarId, HttpResponse<String> resposta) {
        int status = resposta.statusCode();
        String motivo = motivo(resposta.body());
        String porque;
        if (status == 401) {
            esquecerToken();
            porque = "the access token was refused";
        } else if (status == 429 || motivo.contains("ateLimitExceeded") || motivo.contains("quotaExceeded")) {
            porque = "too many requests, try again later";
        } else if (status == 403) {
            porque = "access to " + calendarId + " denied: share it with " + conta().clientEmail()
                    + " allowing it to make changes to events";
        } else if (status == 404) {
            porque = "no calendar " + calendarId + " for the service account: share it with " + conta().clientEmail();
        } else if (status >= 500) {
            porque = "Google failed";
        } else {
            porque = "unexpected answer";
        }
        return new CalendarioIndisponivel("Google Calendar " + operacao + " answered " + status + ": " + porque
                + (motivo.isEmpty() ? "" : " (" + motivo + ")"));
    }

    /** Google's {@code error.errors[0].reason} and {@code error.message}, or nothing when the body has none. */
    private static String motivo(String corpo) {
        try {
            JsonObject erro = campo(objeto(corpo), "error").asJsonObject();
            String mensagem = erro.getString("message", "");
            JsonValue erros = erro.get("errors");
            String razao = erros instanceof JsonArray lista && !lista.isEmpty()
                    ? lista.getJsonObject(0).getString("reason", "")
                    : "";
            return (razao + (razao.isEmpty() || mensagem.isEmpty() ? "" : ": ") + mensagem).trim();
        } catch (JsonException | ClassCastException | IllegalArgumentException e) {
            return "";
        }
    }

    /** The token endpoint's {@code error} and {@code error_description} (RFC 6749 §5.2). */
    private static String erroDoToken(String corpo) {
        try {
            JsonObject erro = objeto(corpo);
            return " " + erro.getString("error", "") + " " + erro.getString("error_description", "");
        } catch (JsonException | ClassCastException | IllegalArgumentException e) {
            return "";
        }
    }

    private static JsonObject objeto(String corpo) {
        try (var reader = Json.createReader(new StringReader(corpo == null ? "" : corpo))) {
            return reader.readObject();
        } catch (IllegalStateException e) {
            throw new JsonException("not a JSON object", e);
        }
    }

    private static JsonValue campo(JsonObject objeto, String nome) {
        JsonValue valor = objeto.get(nome);
        if (valor == null || valor == JsonValue.NULL) {
            throw new IllegalArgumentException("no " + nome);
        }
        return valor;
    }

    private static String texto(JsonValue valor) {
        return ((JsonString) valor).getString();
    }

    /** RFC 3339 with any offset, as Google writes it. */
    private static Instant instante(JsonValue valor) {
        return OffsetDateTime.parse(texto(valor)).toInstant();
    }

    /**
     * One path segment, percent-encoded except RFC 3986's unreserved characters: a tenant's calendar id ({@code
     * vendas@empresa.com.br}, {@code c_abc%xyz@group.calendar.google.com}) can never reach another path.
     */
    static String segmento(String valor) {
        if (valor.isEmpty() || valor.chars().allMatch(c -> c == '.')) {
            throw new CalendarioIndisponivel("not a calendar or event id: \"" + valor + "\"");
        }
        StringBuilder codificado = new StringBuilder();
        for (byte octeto : valor.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (octeto & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                codificado.append(c);
            } else {
                codificado.append('%').append(String.format("%02X", (int) c));
            }
        }
        return codificado.toString();
    }

    /** No answer: {@code talvezRecebido} when the request may have reached Google (a timeout after connecting). */
    private static final class SemResposta extends CalendarioIndisponivel {

        private static final long serialVersionUID = 1L;

        private final boolean talvezRecebido;

        SemResposta(String message, Throwable cause, boolean talvezRecebido) {
            super(message, cause);
            this.talvezRecebido = talvezRecebido;
        }
    }
}
