package ai.alquimista.nigredo.atendimento.boundary;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** What a manager activating Atendimento learns about the brand policy in its settings (a 400 naming each field). */
class AtendimentoModuleTest {

    private final AtendimentoModule atendimento = new AtendimentoModule();

    @Test
    void aBrandPolicyWithTheToneWordsClaimsLengthSignatureAndApprovalModeIsAccepted() {
        JsonObject settings = json("""
                {"tom": "descontraido",
                 "palavras_proibidas": ["barato", "promoção"],
                 "alegacoes_proibidas": ["garantimos", "100%", "sem risco"],
                 "tamanho_maximo": 600,
                 "assinatura": "Ana Lima\\nAcme Vendas",
                 "modo_aprovacao": true,
                 "phone_number_id": "106540352242922"}""");

        assertThatCode(() -> atendimento.checkSettings(settings)).doesNotThrowAnyException();
        assertThatCode(() -> atendimento.checkSettings(JsonObject.EMPTY_JSON_OBJECT))
                .doesNotThrowAnyException();
    }

    @Test
    void hostileSettingsAreRefusedNamingEveryWrongField() {
        JsonObject settings = json("""
                {"tom": "<script>",
                 "palavras_proibidas": ["ok", {"$ne": 1}, "a\\u0000b"],
                 "alegacoes_proibidas": "garantimos",
                 "tamanho_maximo": 1e9,
                 "assinatura": "Sou o robô da Acme",
                 "modo_aprovacao": "true"}""");

        assertThatThrownBy(() -> atendimento.checkSettings(settings))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly(
                                        "settings.tom",
                                        "settings.palavras_proibidas[1]",
                                        "settings.palavras_proibidas[2]",
                                        "settings.alegacoes_proibidas",
                                        "settings.tamanho_maximo",
                                        "settings.assinatura",
                                        "settings.modo_aprovacao"));
    }

    @Test
    void aSignatureThatSaysItIsARobotIsRefused() {
        JsonObject settings = json("{\"assinatura\": \"Sou o robô da Acme\"}");

        assertThatThrownBy(() -> atendimento.checkSettings(settings))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("settings.assinatura: diz ser um robô, um bot ou uma inteligência artificial (\"robô\");"
                        + " a resposta nunca menciona isso");
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
