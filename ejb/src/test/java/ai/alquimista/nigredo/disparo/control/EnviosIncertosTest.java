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
import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.canais.boundary.ProvedoresLocais;
import ai.alquimista.nigredo.disparo.boundary.EnviosIncertos;
import ai.alquimista.nigredo.disparo.events.MensagemEnviada;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.nigredo.estrategia.Variante;
import ai.alquimista.testing.EmbeddedDatabase;
import ai.alquimista.testing.PublishedEvents;
import ai.alquimista.testing.SimulatedClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exactly-once effects for sends, against local servers that speak the providers' protocols (WireMock for the WhatsApp
 * Cloud API, GreenMail for SMTP), with the dispatch beans built as the container runs them: a send is marked and
 * committed before the provider is called, the answer is recorded afterwards, and a send whose answer never came is
 * settled by a status webhook or a person (WhatsApp) or sent once more with the same Message-ID (e-mail), never sent
 * again blindly. Every scenario counts the calls the provider received.
 */
class EnviosIncertosTest {

    private static final String PHONE_NUMBER_ID = "106540352242922";
    private static final String MESSAGES = "/v21.0/" + PHONE_NUMBER_ID + "/messages";
    private static final String ACEITA = """
            {"messaging_product":"whatsapp",
             "contacts":[{"input":"+5511987654321","wa_id":"5511987654321"}],
             "messages":[{"id":"wamid.ACEITA"}]}""";

    @RegisterExtension
    final EmbeddedDatabase database = new EmbeddedDatabase();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final SimulatedClock clock = SimulatedClock.em("2026-12-01T10:00");
    private final PublishedEvents events = new PublishedEvents();
    private final WireMockServer meta =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final DespachoDoTenant despacho = new DespachoDoTenant();
    private PassosDoDespacho passos;
    private UUID tenant;

    @BeforeEach
    void asTheContainerBuildsIt() throws SQLException {
        meta.start();
        CanaisConfigurados canais = new CanaisConfigurados();
        canais.whatsAppCloudApi = ProvedoresLocais.whatsapp("http://127.0.0.1:" + meta.port(), PHONE_NUMBER_ID);
        canais.smtp = ProvedoresLocais.smtp(greenMail.getSmtp().getPort());
        canais.whatsappPadrao = "cloud-api";
        canais.emailPadrao = "smtp";

        passos = PassosEmTransacao.montados(
                database, clock, canais, Circuitos.com(clock, 5, Duration.ofSeconds(30)), events, despacho);

        tenant = aTenant().insert(database);
    }

    @AfterEach
    void stop() {
        meta.stop();
    }

    @Test
    void aWhatsappSendInterruptedAfterTheProviderTookItIsNeverSentAgainAndGoesToAPerson() throws SQLException {
        UUID envio = whatsappDevido("+5511987654321");
        aceitaWhatsapp();

        Tentativa tentativa = passos.preparar(tenant).orElseThrow();
        passos.transmitir(tentativa);
        // the process dies here: the answer is never recorded
        assertThat(status(envio)).containsEntry("status", "enviando");

        clock.advance(Duration.ofSeconds(121));
        assertThat(despacho.varrer()).isEqualTo(new Despacho.Varredura(1, 0));
        tentarPorUmaHora();

        assertThat(chamadasAoWhatsapp())
                .as("one call to Meta, whatever happened after")
                .hasSize(1);
        assertThat(callback(chamadasAoWhatsapp().get(0))).isEqualTo(envio.toString());
        assertThat(status(envio))
                .containsEntry("status", "incerto")
                .containsEntry("motivo", Tentativas.PARA_PESSOA_WHATSAPP);
        assertThat(events.all()).isEmpty();
        assertThat(
                        database.count(
                                "SELECT count(*) FROM nigredo_leads.envios WHERE status = 'incerto' AND para_pessoa_em IS NOT NULL"))
                .isEqualTo(1);
    }

    @Test
    void aWhatsappSendInterruptedAfterTheProviderTookItIsSettledByItsStatusWebhook() throws SQLException {
        UUID envio = whatsappDevido("+5511987654321");
        aceitaWhatsapp();
        passos.transmitir(passos.preparar(tenant).orElseThrow());
        clock.advance(Duration.ofSeconds(121));
        despacho.varrer();
        EnviosIncertos webhook = Beans.wire(new EnviosIncertos(), events);

        boolean resolvido = database.inTransaction(db -> webhook.confirmar(db, tenant, envio, "wamid.ACEITA"));
        boolean deNovo = database.inTransaction(db -> webhook.confirmar(db, tenant, envio, "wamid.ACEITA"));
        tentarPorUmaHora();

        assertThat(resolvido).isTrue();
        assertThat(deNovo)
                .as("Meta posts statuses again: nothing changes twice")
                .isFalse();
        assertThat(status(envio))
                .containsEntry("status", "enviado")
                .containsEntry("provider_message_id", "wamid.ACEITA")
                .containsEntry("motivo", null);
        assertThat(events.all())
                .singleElement()
                .satisfies(
                        p -> assertThat(((MensagemEnviada) p.event()).envioId()).isEqualTo(envio));
        assertThat(chamadasAoWhatsapp()).hasSize(1);
    }

    @Test
    void aWhatsappReadTimeoutLeavesTheSendUncertainAndItIsNotSentAgain() throws SQLException {
        UUID envio = whatsappDevido("+5511987654321");
        meta.stubFor(post(urlEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(ACEITA)
                        .withHeader("Content-Type", "application/json")
                        .withFixedDelay(11_000)));

        assertThat(despacho.despachar(tenant)).isFalse();
        tentarPorUmaHora();

        assertThat(status(envio)).containsEntry("status", "incerto");
        assertThat(chamadasAoWhatsapp()).hasSize(1);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void aDefiniteRefusalIsTriedAgainAsBefore() throws SQLException {
        UUID envio = whatsappDevido("+5511987654321");
        meta.stubFor(post(urlEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"pair rate limit\",\"code\":131056}}")));

        assertThat(despacho.despachar(tenant)).isFalse();
        assertThat(status(envio)).containsEntry("status", "agendado").containsEntry("attempts", 1);

        aceitaWhatsapp();
        clock.advance(Duration.ofSeconds(61));
        assertThat(despacho.despachar(tenant)).isTrue();

        assertThat(status(envio)).containsEntry("status", "enviado").containsEntry("attempts", 2);
        assertThat(chamadasAoWhatsapp()).hasSize(2);
        assertThat(events.all()).hasSize(1);
    }

    @Test
    void anEmailInterruptedAfterTheServerTookItGoesOnceMoreWithTheSameMessageId() throws Exception {
        UUID lead = aLead(tenant).email("maria@padariapaoquente.com.br").insert(database);
        programar(aCampanha(tenant).canal("email").lead(lead, CanalDeEnvio.email, Variante.A));
        UUID envio = envioDo(lead);

        passos.transmitir(passos.preparar(tenant).orElseThrow());
        // the process dies here
        clock.advance(Duration.ofSeconds(121));
        assertThat(despacho.varrer()).isEqualTo(new Despacho.Varredura(1, 0));
        assertThat(status(envio)).containsEntry("status", "agendado");
        tentarPorUmaHora();

        MimeMessage[] recebidas = greenMail.getReceivedMessages();
        assertThat(recebidas).as("sent once more, and only once").hasSize(2);
        assertThat(recebidas[1].getMessageID()).isEqualTo(recebidas[0].getMessageID());
        assertThat(status(envio))
                .containsEntry("status", "enviado")
                .containsEntry("provider_message_id", recebidas[0].getMessageID());
        assertThat(events.all()).hasSize(1);
    }

    @Test
    void anEmailWaitingToGoOnceMoreStillCountsTowardTheTenantsLimits() throws Exception {
        tenant = aTenant().disparo("{\"limite_hora\": 1}").insert(database);
        Instant inicio = clock.instant();
        UUID primeiro = aLead(tenant).email("maria@padariapaoquente.com.br").insert(database);
        UUID segundo = aLead(tenant).email("joao@mercadobomdia.com.br").insert(database);
        programar(aCampanha(tenant)
                .canal("email")
                .lead(primeiro, CanalDeEnvio.email, Variante.A)
                .lead(segundo, CanalDeEnvio.email, Variante.A));

        passos.transmitir(passos.preparar(tenant).orElseThrow());
        // the process dies here; its e-mail may have gone
        UUID interrompido = database.value(
                "SELECT id FROM nigredo_leads.envios WHERE tenant_id = ? AND status = 'enviando'", UUID.class, tenant);
        clock.advance(Duration.ofSeconds(121));
        despacho.varrer();
        tentarPorUmaHora();
        tentarPorUmaHora();

        assertThat(greenMail.getReceivedMessages())
                .as("the uncertain e-mail twice with one Message-ID, the other once")
                .hasSize(3);
        assertThat(database.value(
                        "SELECT sent_at FROM nigredo_leads.envios WHERE tenant_id = ? AND etapa = 'topo' AND id <> ?",
                        Instant.class,
                        tenant,
                        interrompido))
                .as("the uncertain e-mail used the hour's only message, so the other lead's waited for the next hour")
                .isAfterOrEqualTo(inicio.plus(Duration.ofHours(1)));
        assertThat(database.count(
                        "SELECT count(*) FROM nigredo_leads.envios WHERE tenant_id = ? AND status = 'enviado'", tenant))
                .isEqualTo(2);
        assertThat(status(interrompido)).containsEntry("status", "enviado");
    }

    @Test
    void twoDispatchersRacingOnTheSameTenantCallTheProviderOncePerSend() throws Exception {
        List<UUID> envios = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            envios.add(whatsappDevido("+55119876543" + (10 + i)));
        }
        aceitaWhatsapp();
        ExecutorService instancias = Executors.newFixedThreadPool(2);
        try {
            for (int rodada = 0; rodada < 40; rodada++) {
                CountDownLatch largada = new CountDownLatch(1);
                List<Future<Boolean>> passes = new ArrayList<>();
                for (int instancia = 0; instancia < 2; instancia++) {
                    passes.add(instancias.submit(() -> {
                        largada.await();
                        return despacho.despachar(tenant);
                    }));
                }
                largada.countDown();
                for (Future<Boolean> pass : passes) {
                    pass.get(30, TimeUnit.SECONDS);
                }
                clock.advance(Duration.ofSeconds(23));
            }
        } finally {
            instancias.shutdownNow();
        }

        Map<String, Long> chamadasPorEnvio = chamadasAoWhatsapp().stream()
                .collect(Collectors.groupingBy(EnviosIncertosTest::callback, Collectors.counting()));
        assertThat(chamadasPorEnvio)
                .containsOnlyKeys(envios.stream().map(UUID::toString).toList())
                .allSatisfy((envio, chamadas) -> assertThat(chamadas).isEqualTo(1));
        assertThat(database.count("SELECT count(*) FROM nigredo_leads.envios WHERE status = 'enviado'"))
                .isEqualTo(6);
        assertThat(events.all()).hasSize(6);
    }

    /** A sweep and a pass every 2 minutes for an hour, as the timer does: whatever is due goes, nothing else. */
    private void tentarPorUmaHora() {
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(2));
            despacho.varrer();
            despacho.despachar(tenant);
        }
    }

    private UUID whatsappDevido(String telefone) throws SQLException {
        UUID lead = aLead(tenant).telefone(telefone).insert(database);
        programar(aCampanha(tenant).lead(lead));
        return envioDo(lead);
    }

    private void programar(ai.alquimista.testing.CampanhaBuilder campanha) throws SQLException {
        UUID id = campanha.insert(database);
        database.commit(db -> ProgramacaoDeEnvios.programar(db, id, tenant, clock.instant()));
    }

    private UUID envioDo(UUID lead) throws SQLException {
        return database.value(
                "SELECT id FROM nigredo_leads.envios WHERE lead_id = ? AND etapa = 'topo'", UUID.class, lead);
    }

    private Map<String, Object> status(UUID envio) throws SQLException {
        return database.row(
                "SELECT status, motivo, attempts, provider_message_id FROM nigredo_leads.envios WHERE id = ?", envio);
    }

    private void aceitaWhatsapp() {
        meta.stubFor(post(urlEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(ACEITA)));
    }

    private List<LoggedRequest> chamadasAoWhatsapp() {
        return meta.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
    }

    private static String callback(LoggedRequest request) {
        try (var reader = Json.createReader(new StringReader(request.getBodyAsString()))) {
            return reader.readObject().getString("biz_opaque_callback_data");
        }
    }
}
