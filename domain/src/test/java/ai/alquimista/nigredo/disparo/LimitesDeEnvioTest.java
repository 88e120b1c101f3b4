package ai.alquimista.nigredo.disparo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitesDeEnvioTest {

    @Test
    void theDefaultIs100AnHour500ADayTheFirstWhatsappTierAndTwoAndSixSecondsApart() {
        assertThat(LimitesDeEnvio.padrao())
                .isEqualTo(new LimitesDeEnvio(100, 500, 250, Duration.ofSeconds(2), Duration.ofSeconds(6)));
    }

    @Test
    void aTenantWithoutLimitsInItsSettingsGetsTheDefault() {
        assertThat(LimitesDeEnvio.deConfiguracao(JsonObject.EMPTY_JSON_OBJECT)).isEqualTo(LimitesDeEnvio.padrao());
        assertThat(LimitesDeEnvio.deConfiguracao(null)).isEqualTo(LimitesDeEnvio.padrao());
        assertThat(LimitesDeEnvio.deConfiguracao(json("{\"tom\": \"formal\", \"limite_hora\": null}")))
                .isEqualTo(LimitesDeEnvio.padrao());
    }

    @Test
    void theSettingsOverrideOnlyTheLimitsTheyName() {
        JsonObject settings = Json.createObjectBuilder()
                .add("limite_hora", 40)
                .add("limite_dia", 300)
                .add("tier_whatsapp", 2000)
                .build();

        assertThat(LimitesDeEnvio.deConfiguracao(settings))
                .isEqualTo(new LimitesDeEnvio(40, 300, 2000, Duration.ofSeconds(2), Duration.ofSeconds(6)));
        assertThat(LimitesDeEnvio.deConfiguracao(
                        Json.createObjectBuilder().add("limite_dia", 100).build()))
                .isEqualTo(new LimitesDeEnvio(100, 100, 250, Duration.ofSeconds(2), Duration.ofSeconds(6)));
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 2000, 10000, 100000})
    void everyMetaTierIsAccepted(int tier) {
        assertThat(LimitesDeEnvio.deConfiguracao(Json.createObjectBuilder()
                                .add("tier_whatsapp", tier)
                                .build())
                        .tierWhatsapp())
                .isEqualTo(tier);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"limite_hora\": 0}             | limite_hora",
                "{\"limite_hora\": -5}            | limite_hora",
                "{\"limite_hora\": \"100\"}       | limite_hora",
                "{\"limite_hora\": 12.5}          | limite_hora",
                "{\"limite_hora\": 10.0}          | limite_hora",
                "{\"limite_dia\": true}           | limite_dia",
                "{\"limite_dia\": 3000000000}     | limite_dia",
                "{\"limite_dia\": [500]}          | limite_dia",
                "{\"tier_whatsapp\": \"250\"}     | tier_whatsapp",
                "{\"tier_whatsapp\": 0}           | tier_whatsapp"
            })
    void aLimitThatIsNotAPositiveIntegerIsRefusedByName(String settings, String campo) {
        assertThatThrownBy(() -> LimitesDeEnvio.deConfiguracao(json(settings)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(campo + " deve ser um número inteiro maior ou igual a 1");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000, 1001, 5000, 1_000_000})
    void aTierThatMetaDoesNotHaveIsRefused(int tier) {
        assertThatThrownBy(() -> LimitesDeEnvio.deConfiguracao(
                        Json.createObjectBuilder().add("tier_whatsapp", tier).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier_whatsapp deve ser 250, 2000, 10000 ou 100000: " + tier);
    }

    @Test
    void aDailyLimitBelowTheHourlyLimitIsRefused() {
        assertThatThrownBy(() -> LimitesDeEnvio.deConfiguracao(json("{\"limite_hora\": 50, \"limite_dia\": 49}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limite_dia (49) deve ser maior ou igual a limite_hora (50)");
        assertThatThrownBy(() -> LimitesDeEnvio.deConfiguracao(json("{\"limite_hora\": 600}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limite_dia (500) deve ser maior ou igual a limite_hora (600)");
    }

    @Test
    void limitsBuiltInCodeMustStillBePositive() {
        assertThatThrownBy(() -> new LimitesDeEnvio(0, 500, 250, Duration.ofSeconds(2), Duration.ofSeconds(6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LimitesDeEnvio(100, 500, 250, Duration.ofSeconds(-1), Duration.ofSeconds(6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
