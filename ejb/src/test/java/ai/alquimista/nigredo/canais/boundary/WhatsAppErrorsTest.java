package ai.alquimista.nigredo.canais.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.ResultadoDoEnvio;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How each WhatsApp Cloud API error code becomes a result Disparo acts on. */
class WhatsAppErrorsTest {

    @ParameterizedTest(name = "code {0} waits {1}")
    @CsvSource({
        "130429, PT1M",
        "131056, PT1M",
        "131048, PT15M",
        "4, PT15M",
        "80007, PT15M",
        "131049, PT24H",
        "131000, PT5M",
        "1, PT5M",
        "2, PT5M",
        "131016, PT5M",
        "190, PT15M",
        "10, PT15M",
        "200, PT15M"
    })
    void rateLimitsOutagesAndBrokenCredentialsAreTriedAgainLater(int code, Duration wait) {
        assertThat(WhatsAppErrors.classify(400, code, "limit"))
                .isInstanceOfSatisfying(ResultadoDoEnvio.TentarDepois.class, depois -> {
                    assertThat(depois.espera()).isEqualTo(wait);
                    assertThat(depois.motivo()).startsWith("whatsapp " + code + ": limit");
                });
    }

    @ParameterizedTest(name = "code {0} fails")
    @ValueSource(
            ints = {131026, 131047, 132000, 132001, 132005, 132007, 132012, 132015, 132016, 100, 131008, 131009, 131021
            })
    void aBadNumberTemplateOrParameterFailsTheMessage(int code) {
        assertThat(WhatsAppErrors.classify(400, code, "bad"))
                .isEqualTo(new ResultadoDoEnvio.Falhou("whatsapp " + code + ": bad"));
    }

    @ParameterizedTest(name = "code {0} blocks")
    @ValueSource(ints = 131050)
    void aLeadWhoOptedOutOfMarketingIsBlocked(int code) {
        assertThat(WhatsAppErrors.classify(400, code, "stopped"))
                .isEqualTo(new ResultadoDoEnvio.Bloquear("whatsapp 131050: stopped"));
    }

    @Test
    void anUnknownCodeOnAThrottleIsTransient() {
        assertThat(WhatsAppErrors.classify(429, 999999, "?"))
                .isEqualTo(ResultadoDoEnvio.TentarDepois.doProvedor("whatsapp 999999: ?", Duration.ofMinutes(5)));
    }

    @ParameterizedTest(name = "code {0} with HTTP 500")
    @ValueSource(ints = {999999, 131000, 1, 2})
    void aServerErrorThatIsNoKnownRefusalLeavesTheMessageUncertain(int code) {
        assertThat(WhatsAppErrors.classify(500, code, "?"))
                .as("Meta may have taken the message: never sent again blindly")
                .isEqualTo(ResultadoDoEnvio.Incerto.doProvedor("whatsapp " + code + ": ? (HTTP 500)"));
    }

    @ParameterizedTest(name = "code {0} with HTTP 503")
    @ValueSource(ints = {130429, 131056, 131048, 131016})
    void aServerErrorThatRefusesTheMessageIsTriedAgainLater(int code) {
        assertThat(WhatsAppErrors.classify(503, code, "busy")).isInstanceOf(ResultadoDoEnvio.TentarDepois.class);
    }

    @Test
    void aRefusedConnectionIsTriedAgainButAReadTimeoutIsUncertain() {
        assertThat(WhatsAppErrors.semResposta(new java.net.ConnectException("Connection refused")))
                .isInstanceOf(ResultadoDoEnvio.TentarDepois.class);
        assertThat(WhatsAppErrors.semResposta(new java.net.http.HttpConnectTimeoutException("connect timed out")))
                .isInstanceOf(ResultadoDoEnvio.TentarDepois.class);
        assertThat(WhatsAppErrors.semResposta(new java.net.http.HttpTimeoutException("request timed out")))
                .isInstanceOf(ResultadoDoEnvio.Incerto.class);
        assertThat(WhatsAppErrors.semResposta(new java.io.IOException("Connection reset")))
                .isInstanceOf(ResultadoDoEnvio.Incerto.class);
    }

    @ParameterizedTest(name = "unknown code with HTTP {0}")
    @ValueSource(ints = {400, 403, 404})
    void anUnknownCodeOnAClientErrorIsPermanent(int status) {
        assertThat(WhatsAppErrors.classify(status, 999999, "?"))
                .isEqualTo(new ResultadoDoEnvio.Falhou("whatsapp 999999: ?"));
    }

    @Test
    void aThrottleWithoutAnErrorBodyIsTransient() {
        assertThat(WhatsAppErrors.withoutErrorBody(429))
                .isEqualTo(ResultadoDoEnvio.TentarDepois.doProvedor("whatsapp HTTP 429", Duration.ofMinutes(5)));
    }

    @ParameterizedTest(name = "HTTP {0} without an error body")
    @ValueSource(ints = {500, 503})
    void aServerErrorWithoutAnErrorBodyIsUncertain(int status) {
        assertThat(WhatsAppErrors.withoutErrorBody(status))
                .isEqualTo(ResultadoDoEnvio.Incerto.doProvedor("whatsapp HTTP " + status));
    }

    @ParameterizedTest(name = "code {0} (HTTP {1}): counts for the circuit: {2}")
    @CsvSource({
        // the account cannot send: throttled, Meta unavailable, a revoked token or missing permission, a server error
        "130429, 400, true",
        "131048, 400, true",
        "4, 400, true",
        "80007, 400, true",
        "131000, 400, true",
        "1, 500, true",
        "2, 503, true",
        "131016, 503, true",
        "190, 401, true",
        "10, 403, true",
        "200, 403, true",
        "999999, 500, true",
        "999999, 429, true",
        // the provider answered about this message: the lead's problem, not the provider's
        "131056, 400, false",
        "131049, 400, false",
        "131050, 400, false",
        "131026, 400, false",
        "132000, 400, false",
        "100, 400, false",
        "999999, 400, false",
        "999999, 404, false"
    })
    void onlyWhatSaysTheAccountCannotSendCountsForItsCircuit(int code, int status, boolean provedorIndisponivel) {
        assertThat(WhatsAppErrors.classify(status, code, "?").provedorIndisponivel())
                .isEqualTo(provedorIndisponivel);
    }

    @Test
    void noAnswerAtAllCountsForTheCircuit() {
        assertThat(WhatsAppErrors.semResposta(new java.net.ConnectException("Connection refused"))
                        .provedorIndisponivel())
                .isTrue();
        assertThat(WhatsAppErrors.semResposta(new java.net.http.HttpTimeoutException("request timed out"))
                        .provedorIndisponivel())
                .isTrue();
    }
}
