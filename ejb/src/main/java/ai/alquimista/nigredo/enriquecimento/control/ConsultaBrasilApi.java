package ai.alquimista.nigredo.enriquecimento.control;

import ai.alquimista.nigredo.enriquecimento.PerfilEmpresa;
import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import ai.alquimista.shared.json.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * BrasilAPI's CNPJ endpoint ({@code GET /api/cnpj/v1/{cnpj}}) behind seed 000's external-API preset:
 * 3 s timeout, 2 retries with backoff and jitter, a circuit that opens after 5 failures and
 * half-opens after 60 s, and a fallback that lets the lead go on unenriched.
 */
@ApplicationScoped
public class ConsultaBrasilApi implements ConsultaDeCnpj {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "alquimista.enrichment.brasilapi-url", defaultValue = "https://brasilapi.com.br")
    String baseUrl;

    @Override
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 200,
            jitter = 100,
            retryOn = {ProviderUnavailable.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 5, failureRatio = 1.0, delay = 60, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "indisponivel")
    public ResultadoDaConsulta consultar(String cnpj) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/cnpj/v1/" + cnpj))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5)) // a backstop: @Timeout (3 s) decides, and a timeout is retried
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderUnavailable("BrasilAPI unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("interrupted while asking BrasilAPI", e);
        }
        int status = response.statusCode();
        if (status == 404 || status == 400) {
            // 400: a CNPJ BrasilAPI cannot read (an alphanumeric one, say); asking again would not help.
            return new ResultadoDaConsulta.NaoEncontrada();
        }
        if (status == 429 || status >= 500) {
            throw new ProviderUnavailable("BrasilAPI answered " + status);
        }
        if (status != 200) {
            return new ResultadoDaConsulta.Indisponivel("BrasilAPI answered " + status);
        }
        return new ResultadoDaConsulta.Encontrada(
                PerfilEmpresa.fromBrasilApi(JsonText.object(response.body()), "brasilapi"));
    }

    ResultadoDaConsulta indisponivel(String cnpj) {
        return new ResultadoDaConsulta.Indisponivel("BrasilAPI unavailable");
    }
}
