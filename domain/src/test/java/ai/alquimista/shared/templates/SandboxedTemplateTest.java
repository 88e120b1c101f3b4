package ai.alquimista.shared.templates;

import static ai.alquimista.shared.templates.TemplateVocabulary.MENSAGEM_DE_CAMPANHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxedTemplateTest {

    private static final Map<String, String> MARIA = Map.of(
            "primeiro_nome",
            "Maria",
            "contato",
            "Maria Silva",
            "empresa",
            "Padaria Pão Quente",
            "setor",
            "",
            "remetente",
            "Alquimia Vendas");

    @Test
    void aCampaignMessageUsesTheLeadsFieldsAsPlainText() {
        String rendered = render("Olá, {{primeiro_nome}}! A {{{empresa}}} e a {{& remetente}}{{! nota interna}}.");

        assertThat(rendered).isEqualTo("Olá, Maria! A Padaria Pão Quente e a Alquimia Vendas.");
    }

    @Test
    void sectionsShowTextOnlyWhenAFieldIsFilledOrBlank() {
        String rendered =
                render("{{#empresa}}da {{empresa}}{{/empresa}}{{^setor}}, sem setor{{/setor}}{{#setor}}x{{/setor}}");

        assertThat(rendered).isEqualTo("da Padaria Pão Quente, sem setor");
    }

    @Test
    void aValueIsNeverReadAsATemplate() {
        assertThat(SandboxedTemplate.compile("{{empresa}}", MENSAGEM_DE_CAMPANHA)
                        .render(Map.of("empresa", "{{> /etc/passwd}}")))
                .isEqualTo("{{> /etc/passwd}}");
    }

    @Test
    void aPartialThatWouldReadTheSigningKeyIsRefusedAndReadsNothing(@TempDir Path home) throws Exception {
        Path key = Files.writeString(home.resolve("token-signing.key"), "-----BEGIN PRIVATE KEY-----");

        assertThatThrownBy(() -> render("{{> " + key + "}}"))
                .isInstanceOf(TemplateRefused.class)
                .hasMessage("{{> " + key + "}}: partials are not allowed")
                .hasMessageNotContaining("BEGIN");
        assertThatThrownBy(() -> render("Oi {{>file:/etc/hostname}}"))
                .isInstanceOf(TemplateRefused.class)
                .satisfies(e -> assertThat(((TemplateRefused) e).tag()).isEqualTo("{{>file:/etc/hostname}}"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{{> .alquimista/keys/token-signing.key}}   | partials are not allowed",
                "{{<base}}{{/base}}                         | template inheritance is not allowed",
                "{{$bloco}}x{{/bloco}}                      | template inheritance is not allowed",
                "{{=<% %>=}}<%> /etc/passwd%>               | changing the delimiters is not allowed",
                "{{%IMPLICIT-ITERATOR}}                     | pragmas are not allowed",
                "{{senha}}                                  | unknown variable",
                "{{empresa.class.classLoader}}              | unknown variable",
                "{{.}}                                      | unknown variable",
                "{{#lambda}}x{{/lambda}}                    | unknown variable",
                "{{^segredo}}x{{/segredo}}                  | unknown variable",
                "{{{file:/etc/hostname}}}                   | unknown variable",
                "{{ }}                                      | empty tag",
                "Olá {{primeiro_nome                        | tag not closed",
                "{{#empresa}}sem fechar                     | section not closed",
                "{{/empresa}}                               | closes a section that was never opened",
                "{{#empresa}}{{#setor}}{{/empresa}}{{/setor}} | closes empresa while {{#setor}} is open",
            })
    void anythingButTheDocumentedVariablesIsRefusedWithItsTag(String template, String reason) {
        assertThatThrownBy(() -> render(template))
                .isInstanceOf(TemplateRefused.class)
                .hasMessageContaining(reason);
    }

    @Test
    void theRefusalListsWhatATemplateMayUse() {
        assertThatThrownBy(() -> render("{{nome}}"))
                .hasMessage(
                        "{{nome}}: unknown variable; a template may use only {{primeiro_nome}}, {{contato}}, {{empresa}},"
                                + " {{setor}}, {{remetente}}");
    }

    @Test
    void deeplyNestedSectionsAreRefused() {
        String nested = "{{#empresa}}".repeat(9) + "{{/empresa}}".repeat(9);

        assertThatThrownBy(() -> render(nested)).hasMessageContaining("nested deeper than 8");
    }

    private static String render(String template) {
        return SandboxedTemplate.compile(template, MENSAGEM_DE_CAMPANHA).render(MARIA);
    }
}
