package ai.alquimista.nigredo.estrategia;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a manager may save as a campaign's messages, and how each refusal names its field. */
class ValidacaoDeRoteiroTest {

    private final JsonObject padrao = Roteiro.padrao().toJson();

    @Test
    void theDefaultMessagesPass() {
        assertThat(ValidacaoDeRoteiro.validar(padrao).toJson()).isEqualTo(padrao);
    }

    @Test
    void everyBrokenTemplateIsNamedAtOnce() {
        JsonObject mensagens =
                com(com(padrao, "topo", "A", "corpo", "Oi {{#primeiro_nome}}"), "fundo", "B", "assunto", " ");

        assertThat(violations(mensagens))
                .extracting(Violation::field)
                .containsExactly("mensagens.topo.A.corpo", "mensagens.fundo.B.assunto");
        assertThat(violations(mensagens).get(0).problem()).contains("section not closed");
    }

    @Test
    void aPartialThatWouldReadAFileIsRefused() {
        assertThat(violations(com(padrao, "meio", "B", "corpo", "{{> /etc/hostname}}")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("mensagens.meio.B.corpo");
                    assertThat(v.problem()).contains("partials are not allowed");
                });
    }

    @Test
    void subjectsAndBodiesHaveTheirLimitsAndTemplateNamesMetasSpelling() {
        JsonObject mensagens =
                com(com(padrao, "topo", "A", "assunto", "x".repeat(201)), "topo", "B", "modelo_whatsapp", "Topo B");

        assertThat(violations(mensagens))
                .extracting(Violation::field, Violation::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "mensagens.topo.A.assunto", "must have between 1 and 200 characters"),
                        org.assertj.core.groups.Tuple.tuple(
                                "mensagens.topo.B.modelo_whatsapp",
                                "must be the approved template's name: lower-case letters, digits and _"));
    }

    @Test
    void aMissingStageIsNamed() {
        JsonObject semFundo = Json.createObjectBuilder(padrao).remove("fundo").build();

        assertThat(violations(semFundo)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("mensagens");
            assertThat(v.problem()).contains("mensagens.fundo.A");
        });
    }

    private static List<Violation> violations(JsonObject mensagens) {
        try {
            ValidacaoDeRoteiro.validar(mensagens);
        } catch (InvalidInput e) {
            return e.violations();
        }
        throw new AssertionError("the messages were accepted");
    }

    private static JsonObject com(JsonObject mensagens, String etapa, String variante, String campo, String valor) {
        JsonObject stage = mensagens.getJsonObject(etapa);
        return Json.createObjectBuilder(mensagens)
                .add(
                        etapa,
                        Json.createObjectBuilder(stage)
                                .add(
                                        variante,
                                        Json.createObjectBuilder(stage.getJsonObject(variante))
                                                .add(campo, valor)))
                .build();
    }
}
