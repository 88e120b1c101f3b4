package ai.alquimista.nigredo.enriquecimento.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.enriquecimento.ResultadoDaConsulta;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against a local server that speaks BrasilAPI's CNPJ protocol. */
class ConsultaBrasilApiTest {

    private final WireMockServer brasilApi =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final ConsultaBrasilApi lookup = new ConsultaBrasilApi();

    @BeforeEach
    void start() {
        brasilApi.start();
        lookup.baseUrl = "http://127.0.0.1:" + brasilApi.port();
    }

    @AfterEach
    void stop() {
        brasilApi.stop();
    }

    @Test
    void aRegisteredCompanyComesBackWithItsStatusAndActivity() {
        brasilApi.stubFor(get(urlEqualTo("/api/cnpj/v1/11222333000181"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"cnpj\":\"11222333000181\",\"razao_social\":\"PADARIA PAO QUENTE LTDA\","
                                + "\"cnae_fiscal\":1091102,\"situacao_cadastral\":2,\"descricao_situacao_cadastral\":\"ATIVA\","
                                + "\"porte\":\"MICRO EMPRESA\",\"uf\":\"SP\",\"municipio\":\"SAO PAULO\"}")));

        ResultadoDaConsulta consulta = lookup.consultar("11222333000181");

        assertThat(consulta.encontrada()).hasValueSatisfying(perfil -> {
            assertThat(perfil.razaoSocial()).isEqualTo("PADARIA PAO QUENTE LTDA");
            assertThat(perfil.ativa()).isTrue();
            assertThat(perfil.cnaeFiscal()).contains("1091102");
        });
        brasilApi.verify(getRequestedFor(urlEqualTo("/api/cnpj/v1/11222333000181")));
    }

    @Test
    void aCnpjTheReceitaDoesNotKnowIsNotFoundNotAFailure() {
        brasilApi.stubFor(get(urlEqualTo("/api/cnpj/v1/11444777000161"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withBody("{\"message\":\"CNPJ 11444777000161 não encontrado.\",\"type\":\"not_found\"}")));

        assertThat(lookup.consultar("11444777000161")).isInstanceOf(ResultadoDaConsulta.NaoEncontrada.class);
    }

    @Test
    void throttlingIsReportedAsTheTransientFailureFaultToleranceRetriesOn() {
        brasilApi.stubFor(get(urlEqualTo("/api/cnpj/v1/11222333000181"))
                .willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(() -> lookup.consultar("11222333000181"))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("429");
    }

    @Test
    void aCnpjBrasilApiCannotReadIsNotFoundRatherThanRetried() {
        brasilApi.stubFor(get(urlEqualTo("/api/cnpj/v1/12ABC34501DE35"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("{\"message\":\"CNPJ 12ABC34501DE35 inválido.\",\"type\":\"bad_request\"}")));

        assertThat(lookup.consultar("12ABC34501DE35")).isInstanceOf(ResultadoDaConsulta.NaoEncontrada.class);
    }

    @Test
    void theOfflineAdapterKnowsItsBundledSample() {
        ConsultaOffline offline = new ConsultaOffline();
        offline.load();

        assertThat(offline.consultar("11444777000161").encontrada())
                .hasValueSatisfying(
                        perfil -> assertThat(perfil.situacaoCadastral()).isEqualTo("BAIXADA"));
        assertThat(offline.consultar("12345678000195")).isInstanceOf(ResultadoDaConsulta.NaoEncontrada.class);
    }
}
