package ai.alquimista.nigredo.canais.boundary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.MensagemDeSaida;
import ai.alquimista.nigredo.canais.ModeloWhatsapp;
import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against a local server that speaks the WhatsApp Cloud API's messages endpoint. */
class WhatsAppCloudApiTest {

    private static final String PHONE_NUMBER_ID = "106540352242922";
    private static final String MESSAGES = "/v21.0/" + PHONE_NUMBER_ID + "/messages";
    private static final String ACCEPTED = """
            {"messaging_product":"whatsapp",
             "contacts":[{"input":"+5511987654321","wa_id":"5511987654321"}],
             "messages":[{"id":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjA1"}]}""";

    private final WireMockServer meta =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WhatsAppCloudApi whatsapp = new WhatsAppCloudApi();

    @BeforeEach
    void start() {
        meta.start();
        whatsapp.baseUrl = "http://127.0.0.1:" + meta.port();
        whatsapp.apiVersion = "v21.0";
        whatsapp.phoneNumberId = Optional.of(PHONE_NUMBER_ID);
        whatsapp.accessToken = Optional.of("EAAG-test-token");
    }

    @AfterEach
    void stop() {
        meta.stop();
    }

    @Test
    void aFirstTouchGoesAsTheApprovedTemplateWithTheLeadsName() {
        answer(200, ACCEPTED);

        whatsapp.transmitir(mensagem(
                Optional.of(new ModeloWhatsapp("primeiro_contato", "pt_BR", List.of("Maria", "Padaria Pão Quente")))));

        meta.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer EAAG-test-token"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511987654321",
                         "biz_opaque_callback_data":"5f0c6a52-8d7e-4d8a-9c61-2b7f3e1a9d40",
                         "type":"template",
                         "template":{"name":"primeiro_contato","language":{"code":"pt_BR"},
                           "components":[{"type":"body","parameters":[
                             {"type":"text","text":"Maria"},{"type":"text","text":"Padaria Pão Quente"}]}]}}""")));
    }

    @Test
    void aTenantWithItsOwnNumberSendsFromIt() {
        meta.stubFor(post(urlEqualTo("/v21.0/222000222/messages"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(ACCEPTED)));

        ResultadoDoEnvio resultado =
                whatsapp.peloNumero(Optional.of("222000222")).transmitir(mensagem(Optional.empty()));

        assertThat(resultado).isInstanceOf(ResultadoDoEnvio.Enviado.class);
        meta.verify(1, postRequestedFor(urlEqualTo("/v21.0/222000222/messages")));
        meta.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aTemplateWithoutParametersSendsNoComponents() {
        answer(200, ACCEPTED);

        whatsapp.transmitir(mensagem(Optional.of(new ModeloWhatsapp("lembrete", null, List.of()))));

        meta.verify(postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(equalToJson("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511987654321",
                         "biz_opaque_callback_data":"5f0c6a52-8d7e-4d8a-9c61-2b7f3e1a9d40",
                 "type":"template","template":{"name":"lembrete","language":{"code":"pt_BR"}}}""")));
    }

    @Test
    void aReplyInsideTheConversationGoesAsFreeText() {
        answer(200, ACCEPTED);

        whatsapp.transmitir(mensagem(Optional.empty()));

        meta.verify(postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(equalToJson("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511987654321",
                         "biz_opaque_callback_data":"5f0c6a52-8d7e-4d8a-9c61-2b7f3e1a9d40",
                 "type":"text","text":{"preview_url":false,"body":"Olá, Maria — tudo bem?"}}""")));
    }

    @Test
    void anAcceptedMessageKeepsTheWamidAndTheContactsWaId() {
        answer(200, ACCEPTED);

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .isEqualTo(new ResultadoDoEnvio.Enviado(
                        "wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjA1", Optional.of("5511987654321")));
    }

    @Test
    void anAcceptedMessageWithoutContactsHasNoWaId() {
        answer(200, "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.X\"}]}");

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .isEqualTo(new ResultadoDoEnvio.Enviado("wamid.X", Optional.empty()));
    }

    @Test
    void aLeadWhoStoppedMarketingMessagesIsBlocked() {
        answer(
                400,
                error(
                        131050,
                        "Unable to deliver the message. This recipient has chosen to stop receiving"
                                + " marketing messages on WhatsApp from your business."));

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .isInstanceOfSatisfying(
                        ResultadoDoEnvio.Bloquear.class,
                        bloquear -> assertThat(bloquear.motivo()).startsWith("whatsapp 131050: Unable to deliver"));
    }

    @Test
    void hittingTheThroughputLimitWaitsAMinute() {
        answer(400, error(130429, "Rate limit hit"));

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .isInstanceOfSatisfying(
                        ResultadoDoEnvio.TentarDepois.class,
                        depois -> assertThat(depois.espera()).isEqualTo(Duration.ofSeconds(60)));
    }

    @Test
    void tooManyMessagesToTheSameNumberWaitsAMinute() {
        answer(400, error(131056, "(Business Account, Consumer Account) pair rate limit hit"));

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .isInstanceOfSatisfying(
                        ResultadoDoEnvio.TentarDepois.class,
                        depois -> assertThat(depois.espera()).isEqualTo(Duration.ofSeconds(60)));
    }

    @Test
    void aNumberThatIsNotOnWhatsAppFailsForGood() {
        answer(400, error(131026, "Message undeliverable"));

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .isInstanceOfSatisfying(
                        ResultadoDoEnvio.Falhou.class,
                        falhou -> assertThat(falhou.motivo()).isEqualTo("whatsapp 131026: Message undeliverable"));
    }

    @Test
    void aServerErrorLeavesTheMessageUncertain() {
        meta.stubFor(post(urlEqualTo(MESSAGES))
                .willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .as("the request reached Meta: it may have been sent; and Meta is failing")
                .isEqualTo(ResultadoDoEnvio.Incerto.doProvedor("whatsapp HTTP 500"));
    }

    @Test
    void aProviderThatIsDownIsTriedAgainLaterWithoutASecondPost() {
        meta.stop();

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .isInstanceOfSatisfying(
                        ResultadoDoEnvio.TentarDepois.class,
                        depois -> assertThat(depois.espera()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void anExpiredTokenWaitsForTheConfigurationToBeFixed() {
        answer(401, error(190, "Error validating access token: Session has expired"));

        assertThat(whatsapp.transmitir(mensagem(Optional.empty())))
                .isInstanceOfSatisfying(ResultadoDoEnvio.TentarDepois.class, depois -> {
                    assertThat(depois.motivo()).startsWith("whatsapp 190: ").contains("access token");
                    assertThat(depois.espera()).isEqualTo(Duration.ofMinutes(15));
                });
    }

    @Test
    void withoutAPhoneNumberIdOrTokenTheAdapterRefusesToSend() {
        whatsapp.phoneNumberId = Optional.empty();
        assertThatThrownBy(() -> whatsapp.transmitir(mensagem(Optional.empty())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alquimista.whatsapp.phone-number-id");

        whatsapp.phoneNumberId = Optional.of(PHONE_NUMBER_ID);
        whatsapp.accessToken = Optional.of(" ");
        assertThatThrownBy(() -> whatsapp.transmitir(mensagem(Optional.empty())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alquimista.whatsapp.access-token");
    }

    private void answer(int status, String body) {
        meta.stubFor(post(urlEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static String error(int code, String message) {
        return """
                {"error":{"message":"%s","type":"OAuthException","code":%d,
                 "error_data":{"messaging_product":"whatsapp","details":"%s"},"fbtrace_id":"AbCdEf123"}}""".formatted(message, code, message);
    }

    private static final UUID ENVIO = UUID.fromString("5f0c6a52-8d7e-4d8a-9c61-2b7f3e1a9d40");

    private static MensagemDeSaida mensagem(Optional<ModeloWhatsapp> modelo) {
        return new MensagemDeSaida(
                ENVIO,
                UUID.randomUUID(),
                CanalDeEnvio.whatsapp,
                "+5511987654321",
                null,
                "Olá, Maria — tudo bem?",
                modelo,
                "lead-1:campanha-1:etapa-1",
                Optional.empty());
    }
}
