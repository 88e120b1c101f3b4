package ai.alquimista.nigredo.agendamento.control;

import static ai.alquimista.nigredo.agendamento.control.CalendarioEmbutidoTest.horario;
import static ai.alquimista.nigredo.agendamento.control.CalendarioEmbutidoTest.reuniao;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.agendamento.EventoDeAgenda;
import ai.alquimista.nigredo.agendamento.Horario;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.SimulatedClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Google Calendar adapter against a local server that speaks the token endpoint and Calendar API v3, with a
 * service account whose key is made for the test, on the real schema.
 */
class GoogleCalendarTest {

    private static final KeyPair CHAVES = ContaDeServicoDeTeste.chaves();
    private static final String CONTA = ContaDeServicoDeTeste.EMAIL;
    private static final String AGENDA = "vendas+agenda@fornobom.com.br";
    private static final String EVENTOS = "/calendar/v3/calendars/vendas%2Bagenda%40fornobom.com.br/events";
    private static final String FREE_BUSY = "/calendar/v3/freeBusy";
    private static final String TOKEN = "/token";
    private static final Horario TERCA_10H = horario("2025-03-11T10:00", 60);

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    @TempDir
    Path pasta;

    private final WireMockServer google =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").globalTemplating(true));
    private final SimulatedClock clock = SimulatedClock.em("2025-03-10T09:00");
    private final UUID forno = UUID.randomUUID();
    private final GoogleCalendarApi api = new GoogleCalendarApi();
    private ReservasDeHorario reservas;

    @BeforeEach
    void start() throws Exception {
        google.start();
        api.clock = clock;
        api.baseUrl = google.baseUrl();
        api.arquivoDaConta = Optional.of(ContaDeServicoDeTeste.chave(pasta, CHAVES, google.baseUrl() + TOKEN)
                .toString());
        api.tempoLimite = Duration.ofSeconds(5);
        reservas = Beans.wire(new ReservasDeHorario(), database.dataSource());
        google.stubFor(post(urlEqualTo(TOKEN)).willReturn(json(200, """
                {"access_token":"ya29.token-de-teste","expires_in":3599,"token_type":"Bearer"}""")));
        livre();
        google.stubFor(post(urlEqualTo(EVENTOS + "?sendUpdates=all"))
                .willReturn(json(
                        200,
                        "{\"kind\":\"calendar#event\",\"id\":\"{{jsonPath request.body '$.id'}}\","
                                + "\"status\":\"confirmed\"}")));
        google.stubFor(delete(urlMatching(EVENTOS + "/[a-v0-9]+\\?sendUpdates=all"))
                .willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stop() {
        google.stop();
    }

    @Test
    void theServiceAccountTradesAnAssertionSignedWithItsKeyForAnAccessToken() throws Exception {
        calendario().ocupados(TERCA_10H);

        List<LoggedRequest> pedidos = google.findAll(postRequestedFor(urlEqualTo(TOKEN)));
        assertThat(pedidos).hasSize(1);
        assertThat(pedidos.get(0).getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> formulario = formulario(pedidos.get(0).getBodyAsString());
        assertThat(formulario).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");

        String assercao = formulario.get("assertion");
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(CHAVES.getPublic())
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(CONTA)
                .setExpectedAudience(google.baseUrl() + TOKEN)
                .setEvaluationTime(NumericDate.fromSeconds(clock.instant().getEpochSecond()))
                .build()
                .processToClaims(assercao);
        assertThat(claims.getClaimValueAsString("scope")).isEqualTo("https://www.googleapis.com/auth/calendar");
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
                .isEqualTo(3600);
        assertThat(JsonWebStructure.fromCompactSerialization(assercao).getKeyIdHeaderValue())
                .isEqualTo(ContaDeServicoDeTeste.KEY_ID);
        assertThat(assinadaCom(assercao, ContaDeServicoDeTeste.chaves()))
                .as("another key's signature")
                .isFalse();
        google.verify(postRequestedFor(urlEqualTo(FREE_BUSY))
                .withHeader("Authorization", equalTo("Bearer ya29.token-de-teste")));
    }

    @Test
    void theAccessTokenIsReusedUntilShortlyBeforeItExpires() {
        Calendario calendario = calendario();
        calendario.ocupados(TERCA_10H);
        calendario.criar(reuniao(TERCA_10H));
        clock.advance(Duration.ofMinutes(57));
        calendario.ocupados(TERCA_10H);

        google.verify(1, postRequestedFor(urlEqualTo(TOKEN)));

        clock.advance(Duration.ofMinutes(2));
        calendario.ocupados(TERCA_10H);

        google.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void busyTimeIsGooglesBusyIntervalsAndTheTenantsBookings() {
        new CalendarioEmbutido(forno, reservas).criar(reuniao(horario("2025-03-12T15:00", 60)));
        google.stubFor(post(urlEqualTo(FREE_BUSY)).willReturn(json(200, """
                {"kind":"calendar#freeBusy","timeMin":"2025-03-11T03:00:00.000Z","timeMax":"2025-03-13T03:00:00.000Z",
                 "calendars":{"vendas+agenda@fornobom.com.br":{"busy":[
                   {"start":"2025-03-11T13:00:00Z","end":"2025-03-11T14:00:00Z"},
                   {"start":"2025-03-12T09:30:00-03:00","end":"2025-03-12T10:00:00-03:00"}]}}}""")));
        Horario periodo =
                new Horario(SimulatedClock.brasilia("2025-03-11T00:00"), SimulatedClock.brasilia("2025-03-13T00:00"));

        List<Horario> ocupados = calendario().ocupados(periodo);

        assertThat(ocupados)
                .containsExactly(TERCA_10H, horario("2025-03-12T09:30", 30), horario("2025-03-12T15:00", 60));
        google.verify(postRequestedFor(urlEqualTo(FREE_BUSY)).withRequestBody(equalToJson("""
                {"timeMin":"2025-03-11T03:00:00Z","timeMax":"2025-03-13T03:00:00Z",
                 "items":[{"id":"vendas+agenda@fornobom.com.br"}]}""")));
    }

    @Test
    void aBookedMeetingIsAGoogleEventInvitingTheAttendeesWithTheBriefing() throws SQLException {
        EventoDeAgenda reuniao = reuniao(TERCA_10H);

        String eventId = calendario().criar(reuniao);

        assertThat(eventId).matches("[a-v0-9]{32}");
        google.verify(postRequestedFor(urlEqualTo(EVENTOS + "?sendUpdates=all"))
                .withHeader("Authorization", equalTo("Bearer ya29.token-de-teste"))
                .withRequestBody(equalToJson("""
                        {"id":"%s","summary":"Reunião - Padaria Pão Quente",
                         "description":"Briefing: 40 pães por dia; objeção: preço",
                         "start":{"dateTime":"2025-03-11T13:00:00Z"},"end":{"dateTime":"2025-03-11T14:00:00Z"},
                         "attendees":[{"email":"maria@paoquente.com.br"},{"email":"vendas@fornobom.com.br"}]}""".formatted(eventId))));
        assertThat(database.row(
                        "SELECT provedor, provider_event_id, provider_calendar_id, lower(periodo) AS inicio"
                                + " FROM nigredo_leads.calendario_eventos WHERE tenant_id = ? AND agendamento_id = ?",
                        forno,
                        reuniao.agendamentoId()))
                .containsEntry("provedor", "google")
                .containsEntry("provider_event_id", eventId)
                .containsEntry("provider_calendar_id", AGENDA)
                .containsEntry("inicio", TERCA_10H.inicio());
    }

    @Test
    void withoutDomainWideDelegationTheEventIsCreatedWithoutAttendeesAndNamesThem() {
        google.stubFor(post(urlEqualTo(EVENTOS + "?sendUpdates=all"))
                .withRequestBody(matchingJsonPath("$.attendees"))
                .willReturn(json(403, """
                        {"error":{"errors":[{"domain":"calendar","reason":"forbiddenForServiceAccounts",
                          "message":"Service accounts cannot invite attendees without Domain-Wide Delegation of Authority."}],
                          "code":403,
                          "message":"Service accounts cannot invite attendees without Domain-Wide Delegation of Authority."}}""")));

        String eventId = calendario().criar(reuniao(TERCA_10H));

        List<LoggedRequest> insercoes = google.findAll(postRequestedFor(urlEqualTo(EVENTOS + "?sendUpdates=all")));
        assertThat(insercoes).hasSize(2);
        var semConvidados = Json.createReader(new StringReader(insercoes.get(1).getBodyAsString()))
                .readObject();
        assertThat(semConvidados.containsKey("attendees")).isFalse();
        assertThat(semConvidados.getString("id")).isEqualTo(eventId);
        assertThat(semConvidados.getString("description"))
                .isEqualTo("Participantes: maria@paoquente.com.br, vendas@fornobom.com.br\n\n"
                        + "Briefing: 40 pães por dia; objeção: preço");
    }

    @Test
    void aSlotSomeoneTookInGoogleMeanwhileIsRefusedAndNothingIsBooked() throws SQLException {
        google.stubFor(post(urlEqualTo(FREE_BUSY)).willReturn(json(200, """
                {"calendars":{"vendas+agenda@fornobom.com.br":{"busy":[
                   {"start":"2025-03-11T13:30:00Z","end":"2025-03-11T14:30:00Z"}]}}}""")));

        assertThatThrownBy(() -> calendario().criar(reuniao(TERCA_10H))).isInstanceOf(HorarioOcupado.class);

        google.verify(0, postRequestedFor(urlEqualTo(EVENTOS + "?sendUpdates=all")));
        assertThat(reservas()).isZero();
    }

    @Test
    void aSlotAlreadyBookedHereIsRefusedWithoutAskingGoogle() throws SQLException {
        new CalendarioEmbutido(forno, reservas).criar(reuniao(horario("2025-03-11T10:30", 60)));

        assertThatThrownBy(() -> calendario().criar(reuniao(TERCA_10H))).isInstanceOf(HorarioOcupado.class);

        google.verify(0, anyRequestedFor(anyUrl()));
        assertThat(reservas()).isEqualTo(1);
    }

    @Test
    void cancellingDeletesTheEventTellingTheAttendeesAndFreesTheSlot() throws SQLException {
        EventoDeAgenda reuniao = reuniao(TERCA_10H);
        Calendario calendario = calendario();
        String eventId = calendario.criar(reuniao);

        calendario.cancelar(reuniao.agendamentoId());
        calendario.cancelar(reuniao.agendamentoId());

        google.verify(1, deleteRequestedFor(urlEqualTo(EVENTOS + "/" + eventId + "?sendUpdates=all")));
        assertThat(reservas()).isZero();
    }

    @Test
    void anEventAlreadyGoneFromGoogleIsCancelledAllTheSame() throws SQLException {
        EventoDeAgenda reuniao = reuniao(TERCA_10H);
        calendario().criar(reuniao);
        google.stubFor(delete(urlMatching(EVENTOS + "/.*")).willReturn(json(410, """
                {"error":{"errors":[{"domain":"global","reason":"deleted","message":"Resource has been deleted"}],
                  "code":410,"message":"Resource has been deleted"}}""")));

        assertThatCode(() -> calendario().cancelar(reuniao.agendamentoId())).doesNotThrowAnyException();
        assertThat(reservas()).isZero();
    }

    @Test
    void aCancellationGoogleCannotDoKeepsTheBooking() throws SQLException {
        EventoDeAgenda reuniao = reuniao(TERCA_10H);
        calendario().criar(reuniao);
        google.stubFor(
                delete(urlMatching(EVENTOS + "/.*")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> calendario().cancelar(reuniao.agendamentoId()))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("503");
        assertThat(reservas()).isEqualTo(1);
    }

    @Test
    void aGoogleThatDoesNotAnswerInTimeIsUnavailableLeavesNoBookingAndTheEventIsDeletedAgain() throws SQLException {
        google.stubFor(post(urlEqualTo(EVENTOS + "?sendUpdates=all"))
                .willReturn(json(200, "{\"id\":\"{{jsonPath request.body '$.id'}}\"}")
                        .withFixedDelay(6_000)));
        Calendario calendario = calendario();
        calendario.ocupados(TERCA_10H);
        api.tempoLimite = Duration.ofMillis(1_500);
        long antes = System.nanoTime();

        assertThatThrownBy(() -> calendario.criar(reuniao(TERCA_10H)))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("did not answer events.insert within 1500 ms");

        assertThat(Duration.ofNanos(System.nanoTime() - antes)).isLessThan(Duration.ofSeconds(5));
        assertThat(reservas()).isZero();
        String eventId = Json.createReader(
                        new StringReader(google.findAll(postRequestedFor(urlEqualTo(EVENTOS + "?sendUpdates=all")))
                                .get(0)
                                .getBodyAsString()))
                .readObject()
                .getString("id");
        google.verify(1, deleteRequestedFor(urlEqualTo(EVENTOS + "/" + eventId + "?sendUpdates=all")));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 429, 500, 503})
    void aRefusedOrFailedBookingIsUnavailableAndLeavesNoBooking(int status) throws SQLException {
        google.stubFor(post(urlEqualTo(EVENTOS + "?sendUpdates=all")).willReturn(json(status, """
                {"error":{"code":%d,"message":"nope"}}""".formatted(status))));

        assertThatThrownBy(() -> calendario().criar(reuniao(TERCA_10H)))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("events.insert answered " + status);

        assertThat(reservas()).isZero();
        google.verify(status >= 500 ? 1 : 0, deleteRequestedFor(urlMatching(EVENTOS + "/.*")));
    }

    @Test
    void anAccessTokenGoogleRefusedIsNotUsedAgain() {
        google.stubFor(post(urlEqualTo(FREE_BUSY)).willReturn(json(401, """
                {"error":{"code":401,"message":"Request had invalid authentication credentials."}}""")));
        Calendario calendario = calendario();

        assertThatThrownBy(() -> calendario.ocupados(TERCA_10H))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("access token was refused");
        livre();
        calendario.ocupados(TERCA_10H);

        google.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void aTokenGoogleWillNotIssueMakesTheCalendarUnavailable() {
        google.stubFor(post(urlEqualTo(TOKEN)).willReturn(json(400, """
                {"error":"invalid_grant","error_description":"Invalid JWT Signature."}""")));

        assertThatThrownBy(() -> calendario().ocupados(TERCA_10H))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining(CONTA)
                .hasMessageContaining("invalid_grant Invalid JWT Signature.");
        google.verify(0, postRequestedFor(urlEqualTo(FREE_BUSY)));
    }

    @Test
    void aCalendarNotSharedWithTheServiceAccountSaysWithWhomToShareIt() {
        google.stubFor(post(urlEqualTo(FREE_BUSY)).willReturn(json(200, """
                {"calendars":{"vendas+agenda@fornobom.com.br":{
                   "errors":[{"domain":"global","reason":"notFound"}],"busy":[]}}}""")));

        assertThatThrownBy(() -> calendario().ocupados(TERCA_10H))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("notFound")
                .hasMessageContaining("share it with " + CONTA);
    }

    @Test
    void anAnswerThatCannotBeReadIsUnavailable() {
        google.stubFor(post(urlEqualTo(FREE_BUSY)).willReturn(json(200, "<html>captive portal</html>")));
        assertThatThrownBy(() -> calendario().ocupados(TERCA_10H))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("cannot be read");

        google.stubFor(post(urlEqualTo(FREE_BUSY)).willReturn(json(200, """
                {"calendars":{"vendas+agenda@fornobom.com.br":{"busy":[{"start":"amanhã","end":"depois"}]}}}""")));
        assertThatThrownBy(() -> calendario().ocupados(TERCA_10H))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aSlowFreeBusyIsUnavailable() {
        Calendario calendario = calendario();
        calendario.ocupados(TERCA_10H);
        api.tempoLimite = Duration.ofMillis(1_500);
        google.stubFor(post(urlEqualTo(FREE_BUSY)).willReturn(json(200, "{}").withFixedDelay(6_000)));

        assertThatThrownBy(() -> calendario.ocupados(TERCA_10H))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("did not answer freeBusy within 1500 ms");
    }

    @Test
    void withoutAServiceAccountGoogleCalendarIsUnavailable() {
        api.arquivoDaConta = Optional.empty();

        assertThatThrownBy(() -> calendario().ocupados(TERCA_10H))
                .isInstanceOf(CalendarioIndisponivel.class)
                .hasMessageContaining("alquimista.google.service-account-file");
        google.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCalendarIdCannotLeaveItsPathSegment() {
        assertThat(GoogleCalendarApi.segmento("c_9f1@group.calendar.google.com"))
                .isEqualTo("c_9f1%40group.calendar.google.com");
        assertThat(GoogleCalendarApi.segmento("../../users/me/calendarList?x=1#y%"))
                .isEqualTo("..%2F..%2Fusers%2Fme%2FcalendarList%3Fx%3D1%23y%25");
        assertThatThrownBy(() -> GoogleCalendarApi.segmento("..")).isInstanceOf(CalendarioIndisponivel.class);
    }

    private Calendario calendario() {
        return new GoogleCalendar(forno, AGENDA, reservas, api);
    }

    private void livre() {
        google.stubFor(post(urlPathEqualTo(FREE_BUSY)).willReturn(json(200, """
                {"kind":"calendar#freeBusy","calendars":{"vendas+agenda@fornobom.com.br":{"busy":[]}}}""")));
    }

    private long reservas() throws SQLException {
        return database.count("SELECT count(*) FROM nigredo_leads.calendario_eventos WHERE tenant_id = ?", forno);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }

    private static Map<String, String> formulario(String corpo) {
        Map<String, String> campos = new HashMap<>();
        for (String par : corpo.split("&")) {
            String[] chaveValor = par.split("=", 2);
            campos.put(
                    URLDecoder.decode(chaveValor[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(chaveValor[1], StandardCharsets.UTF_8));
        }
        return campos;
    }

    private static boolean assinadaCom(String assercao, KeyPair outras) throws Exception {
        JsonWebSignature jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(assercao);
        jws.setKey(outras.getPublic());
        return jws.verifySignature();
    }
}
