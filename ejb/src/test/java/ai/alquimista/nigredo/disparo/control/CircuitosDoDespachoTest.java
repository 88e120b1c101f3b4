package ai.alquimista.nigredo.disparo.control;

import static ai.alquimista.testing.CampanhaBuilder.aCampanha;
import static ai.alquimista.testing.LeadBuilder.aLead;
import static ai.alquimista.testing.TenantBuilder.aTenant;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.boundary.Circuito;
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.canais.boundary.ProvedoresLocais;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.testing.CampanhaBuilder;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.PublishedEvents;
import ai.alquimista.testing.SimulatedClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A provider that is down, against local servers that speak the providers' protocols (WireMock for the WhatsApp Cloud
 * API, GreenMail for SMTP), with the dispatch beans built as the container runs them: after 5 failures in a row the
 * provider account's circuit opens and no call is made through it; the sends it holds back stay due, unmarked and
 * uncounted, and go out once the circuit has let a trial through and closed. Every lead gets exactly one message; one
 * account's outage does not stop another's sends.
 */
class CircuitosDoDespachoTest {

    private static final String NUMERO_DA_PLATAFORMA = "106540352242922";
    private static final Duration ABERTO = Duration.ofSeconds(30);
    private static final String ACEITA = """
            {"messaging_product":"whatsapp",
             "contacts":[{"input":"+5511987654321","wa_id":"5511987654321"}],
             "messages":[{"id":"wamid.ACEITA"}]}""";
    private static final String FORA_DO_AR = """
            {"error":{"message":"Service unavailable","type":"OAuthException","code":131016,
             "error_data":{"messaging_product":"whatsapp","details":"Service unavailable"}}}""";

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T10:00");
    private final Circuitos circuitos = Circuitos.com(clock, 5, ABERTO);
    private final WireMockServer meta =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final DespachoDoTenant despacho = new DespachoDoTenant();
    private final int portaSmtp = portaLivre();
    private GreenMail smtp = servidorSmtp();

    @BeforeEach
    void asTheContainerBuildsIt() {
        meta.start();
        smtp.start();
        CanaisConfigurados canais = new CanaisConfigurados();
        canais.whatsAppCloudApi = ProvedoresLocais.whatsapp("http://127.0.0.1:" + meta.port(), NUMERO_DA_PLATAFORMA);
        canais.smtp = ProvedoresLocais.smtp(portaSmtp);
        canais.whatsappPadrao = "cloud-api";
        canais.emailPadrao = "smtp";

        PassosDoDespacho passos =
                PassosEmTransacao.montados(database, clock, canais, circuitos, new PublishedEvents(), despacho);
    }

    @AfterEach
    void stop() {
        meta.stop();
        smtp.stop();
    }

    @Test
    void whatsappDownOpensTheCircuitAfterFiveFailuresAndEveryLeadStillGetsExactlyOneMessage() throws SQLException {
        UUID tenant = aTenant().insert(database);
        List<UUID> envios = whatsappDevidos(tenant, 8, "+55119876543");
        whatsapp(NUMERO_DA_PLATAFORMA, 503, FORA_DO_AR);

        for (int i = 0; i < 5; i++) {
            assertThat(despacho.despachar(tenant)).isFalse();
        }
        assertThat(chamadas(NUMERO_DA_PLATAFORMA))
                .as("five sends tried, each refused")
                .hasSize(5);
        assertThat(circuitos.abertos())
                .extracting(Circuito::key, Circuito::state, Circuito::failures, Circuito::openedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "whatsapp:" + NUMERO_DA_PLATAFORMA, "open", 5, clock.instant()));

        List<Map<String, Object>> naoTentados = naoTentados(envios);
        assertThat(naoTentados).as("three sends still due, never tried").hasSize(3);
        assertThat(despacho.despachar(tenant)).isFalse();
        assertThat(chamadas(NUMERO_DA_PLATAFORMA))
                .as("the circuit is open: the sixth due send makes no call")
                .hasSize(5);
        assertThat(naoTentados(envios))
                .as("not marked, not counted, still due as they were")
                .isEqualTo(naoTentados);
        assertThat(ritmo(tenant))
                .as("the tenant's pace waits for the circuit instead of spinning")
                .isEqualTo(clock.instant().plus(ABERTO).plusMillis(1));
        assertThat(despacho.devidos()).doesNotContain(tenant);

        HealthCheckResponse readiness = readiness();
        assertThat(readiness.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(readiness.getData().orElseThrow())
                .containsEntry("open", 1L)
                .hasEntrySatisfying(
                        "whatsapp:" + NUMERO_DA_PLATAFORMA,
                        descricao -> assertThat((String) descricao)
                                .startsWith("open since " + clock.instant() + ", 5 failures: whatsapp 131016"));

        clock.advance(ABERTO.minusSeconds(1));
        assertThat(despacho.despachar(tenant)).isFalse();
        assertThat(chamadas(NUMERO_DA_PLATAFORMA))
                .as("still open a second before its time")
                .hasSize(5);

        whatsapp(NUMERO_DA_PLATAFORMA, 200, ACEITA);
        clock.advance(Duration.ofSeconds(2));
        assertThat(despacho.despachar(tenant)).as("the trial goes through").isTrue();
        assertThat(chamadas(NUMERO_DA_PLATAFORMA)).hasSize(6);
        assertThat(circuitos.abertos())
                .as("the trial's success closes the circuit")
                .isEmpty();

        tentarPorUmaHora(tenant);

        assertThat(aceitasPorEnvio(NUMERO_DA_PLATAFORMA))
                .as("every lead got exactly one message")
                .containsOnlyKeys(envios.stream().map(UUID::toString).toList())
                .allSatisfy((envio, aceitas) -> assertThat(aceitas).isEqualTo(1));
        assertThat(chamadas(NUMERO_DA_PLATAFORMA))
                .as("the five refused sends were tried once more, nothing else")
                .hasSize(8 + 5);
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.envios WHERE status = 'enviado'"))
                .isEqualTo(8);
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.envios WHERE status = 'incerto'"))
                .isZero();
        assertThat(readiness().getData().orElseThrow()).containsEntry("open", 0L);
    }

    @Test
    void oneTenantsBrokenWhatsappNumberDoesNotStopAnotherTenantsSends() throws SQLException {
        UUID quebrado = aTenant()
                .disparo("{\"whatsapp_phone_number_id\": \"111000111\"}")
                .insert(database);
        UUID saudavel = aTenant()
                .disparo("{\"whatsapp_phone_number_id\": \"222000222\"}")
                .insert(database);
        List<UUID> doQuebrado = whatsappDevidos(quebrado, 7, "+55119111111");
        List<UUID> doSaudavel = whatsappDevidos(saudavel, 2, "+55119222222");
        whatsapp("111000111", 401, """
                {"error":{"message":"Error validating access token: Session has expired","type":"OAuthException",
                 "code":190}}""");
        whatsapp("222000222", 200, ACEITA);

        for (int i = 0; i < 5; i++) {
            despacho.despachar(quebrado);
        }
        assertThat(circuitos.abertos()).extracting(Circuito::key).containsExactly("whatsapp:111000111");
        List<Map<String, Object>> naoTentados = naoTentados(doQuebrado);

        // the dispatch timer's rounds, a second apart, while the revoked number's circuit is open
        for (int segundo = 0; segundo < ABERTO.toSeconds() - 1; segundo++) {
            for (UUID tenant : despacho.devidos()) {
                despacho.despachar(tenant);
            }
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(chamadas("111000111"))
                .as("the revoked token's circuit opened after five calls and made none since")
                .hasSize(5);
        assertThat(naoTentados(doQuebrado))
                .as("its other sends wait, untouched")
                .isEqualTo(naoTentados);
        assertThat(aceitasPorEnvio("222000222"))
                .as("the other tenant's number sends all the while")
                .containsOnlyKeys(doSaudavel.stream().map(UUID::toString).toList())
                .allSatisfy((envio, aceitas) -> assertThat(aceitas).isEqualTo(1));
        assertThat(circuitos.circuitos())
                .extracting(Circuito::key, Circuito::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("whatsapp:111000111", "open"),
                        org.assertj.core.groups.Tuple.tuple("whatsapp:222000222", "closed"));
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.envios WHERE status = 'incerto'"))
                .isZero();
    }

    @Test
    void anSmtpServerThatIsDownOpensTheCircuitAndTheMailGoesOutOnceItIsBack() throws SQLException, MessagingException {
        UUID tenant = aTenant().insert(database);
        List<UUID> envios = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID lead = aLead(tenant).email("compras" + i + "@mercado.com.br").insert(database);
            programar(tenant, aCampanha(tenant).canal("email").lead(lead, CanalDeEnvio.email, Variante.A));
            envios.add(envioDo(lead));
        }
        smtp.stop();

        for (int i = 0; i < 6; i++) {
            assertThat(despacho.despachar(tenant)).isFalse();
        }

        assertThat(circuitos.abertos())
                .extracting(Circuito::key, Circuito::failures)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("email:127.0.0.1:" + portaSmtp, 5));
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.envios WHERE attempts > 0"))
                .as("five tried and refused; the sixth and seventh never tried")
                .isEqualTo(5);
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.envios WHERE status = 'agendado'"))
                .isEqualTo(7 * 3);

        smtp = servidorSmtp();
        smtp.start();
        clock.advance(ABERTO);
        tentarPorUmaHora(tenant);

        Map<String, Long> porEnvio = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(CircuitosDoDespachoTest::envioDoEmail, Collectors.counting()));
        assertThat(porEnvio)
                .as("every lead got exactly one e-mail")
                .containsOnlyKeys(envios.stream().map(UUID::toString).toList())
                .allSatisfy((envio, emails) -> assertThat(emails).isEqualTo(1));
        assertThat(circuitos.abertos()).isEmpty();
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.envios WHERE status IN ('incerto', 'falhou')"))
                .isZero();
    }

    /** A sweep and a pass every 2 minutes for an hour, as the timer does: whatever is due goes, nothing else. */
    private void tentarPorUmaHora(UUID tenant) {
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(2));
            despacho.varrer();
            despacho.despachar(tenant);
        }
    }

    private List<UUID> whatsappDevidos(UUID tenant, int quantos, String prefixo) throws SQLException {
        List<UUID> envios = new ArrayList<>();
        for (int i = 0; i < quantos; i++) {
            UUID lead = aLead(tenant).telefone(prefixo + (10 + i)).insert(database);
            programar(tenant, aCampanha(tenant).lead(lead));
            envios.add(envioDo(lead));
        }
        return envios;
    }

    private void programar(UUID tenant, CampanhaBuilder campanha) throws SQLException {
        UUID id = campanha.insert(database);
        database.commit(db -> ProgramacaoDeEnvios.programar(db, id, tenant, clock.instant()));
    }

    private UUID envioDo(UUID lead) throws SQLException {
        return database.value(
                "SELECT id FROM nigredo_leads.envios WHERE lead_id = ? AND etapa = 'topo'", UUID.class, lead);
    }

    /** The sends never tried: still {@code agendado}, no attempt counted, as they were scheduled. */
    private List<Map<String, Object>> naoTentados(List<UUID> envios) {
        return envios.stream()
                .map(this::status)
                .filter(envio -> envio.get("attempts").equals(0))
                .peek(envio -> assertThat(envio).containsEntry("status", "agendado"))
                .toList();
    }

    private Map<String, Object> status(UUID envio) {
        try {
            return database.row("SELECT status, attempts, due_at FROM nigredo_leads.envios WHERE id = ?", envio);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant ritmo(UUID tenant) throws SQLException {
        return database.value(
                "SELECT proximo_envio_em FROM nigredo_leads.disparo_ritmo WHERE tenant_id = ?", Instant.class, tenant);
    }

    private HealthCheckResponse readiness() {
        return ProvedoresLocais.prontidao(circuitos).call();
    }

    private void whatsapp(String numero, int status, String corpo) {
        meta.stubFor(post(urlEqualTo(mensagens(numero)))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(corpo)));
    }

    private List<?> chamadas(String numero) {
        return meta.findAll(postRequestedFor(urlEqualTo(mensagens(numero))));
    }

    /** The messages Meta accepted (200), per envio (the {@code biz_opaque_callback_data} each carries). */
    private Map<String, Long> aceitasPorEnvio(String numero) {
        return meta.getAllServeEvents().stream()
                .filter(evento -> evento.getRequest().getUrl().equals(mensagens(numero)))
                .filter(evento -> evento.getResponse().getStatus() == 200)
                .map(ServeEvent::getRequest)
                .collect(Collectors.groupingBy(
                        request -> {
                            try (var reader = Json.createReader(new StringReader(request.getBodyAsString()))) {
                                return reader.readObject().getString("biz_opaque_callback_data");
                            }
                        },
                        Collectors.counting()));
    }

    private static String mensagens(String numero) {
        return "/v21.0/" + numero + "/messages";
    }

    private static String envioDoEmail(MimeMessage email) {
        try {
            return email.getHeader("X-Alquimista-Envio")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private GreenMail servidorSmtp() {
        return new GreenMail(new ServerSetup(portaSmtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static int portaLivre() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
