package ai.alquimista.nigredo.atendimento.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.atendimento.ContextoDaResposta;
import ai.alquimista.nigredo.atendimento.MensagemDoHistorico;
import ai.alquimista.nigredo.atendimento.PoliticaDaMarca;
import ai.alquimista.nigredo.atendimento.PromptDeAtendimento;
import ai.alquimista.nigredo.atendimento.ProximoPasso;
import ai.alquimista.nigredo.atendimento.RedacaoIndisponivel;
import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.interacoes.entity.InteracaoTipo;
import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.Intencao;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bedrock writer against a local server that speaks the Converse API's REST JSON protocol. */
class RedatorBedrockTest {

    private static final String MODEL = "amazon.nova-lite-v1:0";
    private static final String CONVERSE = "/model/amazon.nova-lite-v1%3A0/converse";

    private final WireMockServer bedrock =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final RedatorBedrock redator = new RedatorBedrock();

    private final Analise interesse = new Analise(Sentimento.positivo, 80, false, Intencao.interesse, List.of());
    private final ContextoDaResposta contexto = new ContextoDaResposta(
            "Acme Vendas",
            "Ana Souza",
            "Padaria Pão Quente",
            List.of(new MensagemDoHistorico(
                    InteracaoTipo.enviado, "Olá, Ana! Podemos conversar?", Instant.parse("2026-11-30T12:00:00Z"))),
            "Tenho interesse, vamos agendar",
            interesse,
            ProximoPasso.para(interesse),
            PoliticaDaMarca.padrao(),
            CanalDeEnvio.whatsapp,
            null);

    @BeforeEach
    void start() {
        bedrock.start();
        redator.modelId = MODEL;
        redator.region = "us-east-1";
        redator.endpoint = Optional.of("http://127.0.0.1:" + bedrock.port());
        redator.accessKeyId = Optional.of("AKIDEXAMPLE");
        redator.secretAccessKey = Optional.of("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        redator.maxTokens = 400;
        redator.temperature = 0.4f;
        redator.timeoutSeconds = 5;
        redator.maxAttempts = 1;
    }

    @AfterEach
    void stop() {
        redator.close();
        bedrock.stop();
    }

    @Test
    void theDraftIsTheModelsAnswerToTheSeedsPromptSentAsSystemPromptAndOneUserMessage() {
        answer(200, converse("  Oi, Ana! Que bom saber do seu interesse. Vamos marcar 30 minutos?  ", "end_turn"));

        String rascunho = redator.redigir(contexto);

        assertThat(rascunho).isEqualTo("Oi, Ana! Que bom saber do seu interesse. Vamos marcar 30 minutos?");
        List<LoggedRequest> pedidos = bedrock.findAll(postRequestedFor(urlEqualTo(CONVERSE)));
        assertThat(pedidos).hasSize(1);
        JsonObject corpo = json(pedidos.get(0).getBodyAsString());
        assertThat(corpo.getJsonArray("system").getJsonObject(0).getString("text"))
                .isEqualTo(PromptDeAtendimento.sistema(contexto))
                .startsWith("Você é um consultor comercial da Acme Vendas.");
        assertThat(corpo.getJsonArray("messages")).hasSize(1);
        JsonObject mensagem = corpo.getJsonArray("messages").getJsonObject(0);
        assertThat(mensagem.getString("role")).isEqualTo("user");
        assertThat(mensagem.getJsonArray("content").getJsonObject(0).getString("text"))
                .isEqualTo(PromptDeAtendimento.usuario(contexto))
                .contains("<mensagem_do_lead>\nTenho interesse, vamos agendar\n</mensagem_do_lead>");
        assertThat(corpo.getJsonObject("inferenceConfig").getInt("maxTokens")).isEqualTo(400);
        assertThat(corpo.getJsonObject("inferenceConfig")
                        .getJsonNumber("temperature")
                        .doubleValue())
                .isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-6));
        bedrock.verify(postRequestedFor(urlEqualTo(CONVERSE))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader(
                        "Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("Credential=AKIDEXAMPLE/"))
                .withRequestBody(matchingJsonPath("$.messages[0].content[0].text")));
    }

    @Test
    void severalTextBlocksAreJoined() {
        answer(200, """
                {"output":{"message":{"role":"assistant","content":[{"text":"Oi, Ana!"},{"text":"Vamos conversar?"}]}},
                 "stopReason":"end_turn","usage":{"inputTokens":10,"outputTokens":5,"totalTokens":15},
                 "metrics":{"latencyMs":1}}""");

        assertThat(redator.redigir(contexto)).isEqualTo("Oi, Ana!\nVamos conversar?");
    }

    @Test
    void throttlingSurfacesAsRedacaoIndisponivelAfterTheConfiguredAttempts() {
        redator.maxAttempts = 2;
        bedrock.stubFor(post(urlPathMatching("/model/.*/converse"))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", "ThrottlingException")
                        .withBody("{\"message\":\"Too many requests, please wait before trying again.\"}")));

        assertThatThrownBy(() -> redator.redigir(contexto))
                .isInstanceOf(RedacaoIndisponivel.class)
                .hasMessageContaining("HTTP 429")
                .hasMessageContaining("ThrottlingException")
                .hasMessageContaining("Too many requests");
        assertThat(bedrock.findAll(postRequestedFor(urlEqualTo(CONVERSE)))).hasSize(2);
    }

    @Test
    void aServerErrorSurfacesAsRedacaoIndisponivel() {
        bedrock.stubFor(post(urlPathMatching("/model/.*/converse"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", "ServiceUnavailableException")
                        .withBody("{\"message\":\"Service unavailable\"}")));

        assertThatThrownBy(() -> redator.redigir(contexto))
                .isInstanceOf(RedacaoIndisponivel.class)
                .hasMessageContaining("HTTP 503")
                .hasMessageContaining("ServiceUnavailableException");
    }

    @Test
    void aRefusedRequestSurfacesAsRedacaoIndisponivelToo() {
        answer(400, "{\"message\":\"The provided model identifier is invalid.\"}", "ValidationException");

        assertThatThrownBy(() -> redator.redigir(contexto))
                .isInstanceOf(RedacaoIndisponivel.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("ValidationException")
                .hasMessageContaining("model identifier is invalid");
    }

    @Test
    void aBrokenConnectionOrASlowModelSurfacesAsRedacaoIndisponivel() {
        bedrock.stubFor(post(urlPathMatching("/model/.*/converse"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> redator.redigir(contexto))
                .isInstanceOf(RedacaoIndisponivel.class)
                .hasMessageStartingWith("Bedrock unreachable");

        redator.close();
        redator.timeoutSeconds = 1;
        bedrock.stubFor(post(urlPathMatching("/model/.*/converse"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(converse("tarde demais", "end_turn"))
                        .withFixedDelay(3_000)));

        assertThatThrownBy(() -> redator.redigir(contexto))
                .isInstanceOf(RedacaoIndisponivel.class)
                .hasMessageStartingWith("Bedrock unreachable");
    }

    @Test
    void anAnswerCutByTheTokenLimitOrAGuardrailOrWithoutTextIsNotADraft() {
        answer(200, converse("Oi, Ana! Que bom saber do seu inter", "max_tokens"));
        assertThatThrownBy(() -> redator.redigir(contexto))
                .isInstanceOf(RedacaoIndisponivel.class)
                .hasMessage("Bedrock stopped the draft early: max_tokens");

        answer(200, converse("Sorry.", "guardrail_intervened"));
        assertThatThrownBy(() -> redator.redigir(contexto))
                .isInstanceOf(RedacaoIndisponivel.class)
                .hasMessage("Bedrock stopped the draft early: guardrail_intervened");

        answer(200, converse("   ", "end_turn"));
        assertThatThrownBy(() -> redator.redigir(contexto))
                .isInstanceOf(RedacaoIndisponivel.class)
                .hasMessage("Bedrock answered without text");
    }

    private void answer(int status, String body) {
        bedrock.stubFor(post(urlPathMatching("/model/.*/converse"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private void answer(int status, String body, String errorType) {
        bedrock.stubFor(post(urlPathMatching("/model/.*/converse"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", errorType)
                        .withBody(body)));
    }

    private static String converse(String texto, String stopReason) {
        return Json.createObjectBuilder()
                .add(
                        "output",
                        Json.createObjectBuilder()
                                .add(
                                        "message",
                                        Json.createObjectBuilder()
                                                .add("role", "assistant")
                                                .add(
                                                        "content",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("text", texto)))))
                .add("stopReason", stopReason)
                .add(
                        "usage",
                        Json.createObjectBuilder()
                                .add("inputTokens", 812)
                                .add("outputTokens", 38)
                                .add("totalTokens", 850))
                .add("metrics", Json.createObjectBuilder().add("latencyMs", 1))
                .build()
                .toString();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
