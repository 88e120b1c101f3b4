package ai.alquimista.nigredo.sentimento.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.sentimento.Analise;
import ai.alquimista.nigredo.sentimento.ClassificadorPtBr;
import ai.alquimista.nigredo.sentimento.Intencao;
import ai.alquimista.nigredo.sentimento.boundary.ClassificacaoIndisponivel;
import ai.alquimista.shared.errors.InvalidInput;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.comprehend.ComprehendClient;

/**
 * The Comprehend adapter against a local server that speaks Comprehend's JSON 1.1 protocol: what the SDK sends, how
 * Comprehend's answer becomes an analysis, and what the caller gets when Comprehend refuses or fails.
 */
class ComprehendClassificadorTest {

    private static final String TARGET = "Comprehend_20171127.DetectSentiment";
    private static final String JSON_11 = "application/x-amz-json-1.1";

    private final WireMockServer aws =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private ComprehendClient client;
    private ComprehendClassificador comprehend;

    @BeforeEach
    void start() {
        aws.start();
        SentimentoSettings settings = new SentimentoSettings();
        settings.provider = "comprehend";
        settings.comprehendEndpoint = Optional.of("http://127.0.0.1:" + aws.port());
        settings.comprehendRegion = "us-east-1";
        settings.comprehendTimeoutSeconds = 5;
        client = ClassificadorProducer.comprehendClient(
                settings, StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")));
        comprehend = new ComprehendClassificador(client, new ClassificadorPtBr());
    }

    @AfterEach
    void stop() {
        client.close();
        aws.stop();
    }

    @Test
    void theSdkAsksForPortugueseSentimentOfTheText() {
        answer(200, sentiment("POSITIVE", 0.93, 0.01, 0.05, 0.01));

        comprehend.analisar("Tenho interesse, vamos agendar");

        aws.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET))
                .withHeader("Content-Type", equalTo(JSON_11))
                .withRequestBody(
                        equalToJson("{\"Text\": \"Tenho interesse, vamos agendar\", \"LanguageCode\": \"pt\"}")));
    }

    @Test
    void aPositiveAnswerIsPositiveWithItsScoreAsIntensityAndTheRulesIntent() {
        answer(200, sentiment("POSITIVE", 0.93, 0.01, 0.05, 0.01));

        Analise analise = comprehend.analisar("Tenho interesse, vamos agendar");

        assertThat(analise.sentimento()).isEqualTo(Sentimento.positivo);
        assertThat(analise.intensidade()).isEqualTo(93);
        assertThat(analise.intencao()).isEqualTo(Intencao.interesse);
        assertThat(analise.descadastro()).isFalse();
        assertThat(analise.palavrasChave()).first().isEqualTo("comprehend POSITIVE 0.93");
    }

    @Test
    void aNegativeOptOutKeepsTheRulesOptOutAndIntent() {
        answer(200, sentiment("NEGATIVE", 0.02, 0.81, 0.16, 0.01));

        Analise analise = comprehend.analisar("Por favor, me remova da lista");

        assertThat(analise.sentimento()).isEqualTo(Sentimento.negativo);
        assertThat(analise.intensidade()).isEqualTo(81);
        assertThat(analise.descadastro())
                .as("Comprehend knows nothing of opt-outs")
                .isTrue();
        assertThat(analise.intencao()).isEqualTo(Intencao.descadastro);
    }

    @Test
    void aNegativeAnswerWithAngerCuesIsIrritated() {
        answer(200, sentiment("NEGATIVE", 0.01, 0.72, 0.26, 0.01));

        assertThat(comprehend.analisar("Que saco, parem de mandar isso").sentimento())
                .isEqualTo(Sentimento.irritado);
    }

    @Test
    void aVeryNegativeScoreIsIrritatedEvenWithoutCues() {
        answer(200, sentiment("NEGATIVE", 0.0, 0.97, 0.03, 0.0));

        Analise analise = comprehend.analisar("Isso foi a pior experiência que já tive");

        assertThat(analise.sentimento()).isEqualTo(Sentimento.irritado);
        assertThat(analise.intensidade()).isEqualTo(97);
    }

    @Test
    void mixedTakesTheStrongerSideAndNeutralStaysNeutral() {
        answer(200, sentiment("MIXED", 0.30, 0.55, 0.05, 0.10));
        assertThat(comprehend.analisar("Gostei, mas é caro").sentimento()).isEqualTo(Sentimento.negativo);

        aws.resetAll();
        answer(200, sentiment("NEUTRAL", 0.04, 0.02, 0.94, 0.0));
        Analise neutra = comprehend.analisar("Qual o prazo de implantação?");
        assertThat(neutra.sentimento()).isEqualTo(Sentimento.neutro);
        assertThat(neutra.intensidade()).isEqualTo(4);
        assertThat(neutra.intencao()).isEqualTo(Intencao.pergunta);
    }

    @Test
    void aRefusedTextSurfacesAsUnavailableWithComprehendsErrorCode() {
        answer(400, "{\"__type\": \"TextSizeLimitExceededException\", \"Message\": \"Input text size exceeds limit\"}");

        assertThatThrownBy(() -> comprehend.analisar("Tenho interesse"))
                .isInstanceOfSatisfying(ClassificacaoIndisponivel.class, e -> {
                    assertThat(e.provedor()).isEqualTo("comprehend");
                    assertThat(e.codigo()).isEqualTo("TextSizeLimitExceededException");
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.getMessage()).contains("HTTP 400").contains("Input text size exceeds limit");
                });
    }

    @Test
    void aServerErrorSurfacesAsUnavailableAfterOneRetry() {
        answer(500, "{\"__type\": \"InternalServerException\", \"Message\": \"try again\"}");

        assertThatThrownBy(() -> comprehend.analisar("Tenho interesse"))
                .isInstanceOfSatisfying(
                        ClassificacaoIndisponivel.class,
                        e -> assertThat(e.codigo()).isEqualTo("InternalServerException"));
        aws.verify(2, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void anUnreachableServiceSurfacesAsUnavailable() {
        aws.stop();

        assertThatThrownBy(() -> comprehend.analisar("Tenho interesse"))
                .isInstanceOfSatisfying(
                        ClassificacaoIndisponivel.class,
                        e -> assertThat(e.codigo()).isEqualTo("unreachable"));
    }

    @Test
    void aTextOverComprehendsByteLimitIsRefusedBeforeTheCall() {
        String longo = "ã".repeat(2_600);

        assertThatThrownBy(() -> comprehend.analisar(longo))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("texto")));
        aws.verify(0, postRequestedFor(urlEqualTo("/")));
    }

    private void answer(int status, String body) {
        aws.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", JSON_11)
                        .withBody(body)));
    }

    private static String sentiment(String sentiment, double positive, double negative, double neutral, double mixed) {
        return String.format(
                java.util.Locale.ROOT,
                "{\"Sentiment\": \"%s\", \"SentimentScore\": {\"Positive\": %s, \"Negative\": %s, \"Neutral\": %s,"
                        + " \"Mixed\": %s}}",
                sentiment,
                positive,
                negative,
                neutral,
                mixed);
    }
}
