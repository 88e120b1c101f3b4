package ai.alquimista.nigredo.atendimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.nigredo.atendimento.Violacao.Regra;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PoliticaDaMarcaTest {

    private static final String SETTINGS = """
            {"tom": "formal",
             "palavras_proibidas": ["barato", "  promoção  ", "barato"],
             "alegacoes_proibidas": ["garantimos", "100%", "sem risco"],
             "tamanho_maximo": 400,
             "assinatura": "Ana Lima\\r\\nAcme Vendas",
             "modo_aprovacao": true,
             "phone_number_id": "1234567890"}
            """;

    @Test
    void aTenantWithoutBrandSettingsGetsTheConsultiveTone600CharactersAndNoSignature() {
        PoliticaDaMarca padrao = PoliticaDaMarca.padrao();

        assertThat(PoliticaDaMarca.de(JsonObject.EMPTY_JSON_OBJECT)).isEqualTo(padrao);
        assertThat(PoliticaDaMarca.de(null)).isEqualTo(padrao);
        assertThat(PoliticaDaMarca.de(json("{\"tom\": null, \"assinatura\": null, \"limite_hora\": 40}")))
                .isEqualTo(padrao);
        assertThat(padrao).isEqualTo(new PoliticaDaMarca(TomDaMarca.consultivo, List.of(), List.of(), 600, "", false));
    }

    @Test
    void theSettingsNameTheToneTheForbiddenWordsAndClaimsTheLengthTheSignatureAndApprovalMode() {
        PoliticaDaMarca politica = PoliticaDaMarca.de(json(SETTINGS));

        assertThat(politica)
                .isEqualTo(new PoliticaDaMarca(
                        TomDaMarca.formal,
                        List.of("barato", "promoção"),
                        List.of("garantimos", "100%", "sem risco"),
                        400,
                        "Ana Lima\nAcme Vendas",
                        true));
        assertThat(PoliticaDaMarca.problemas(json(SETTINGS))).isEmpty();
    }

    @Test
    void aReplyThatSaysItIsARobotIsRefusedWhateverTheSettings() {
        PoliticaDaMarca politica = PoliticaDaMarca.padrao();

        assertThat(politica.violacoes("Oi, Ana! Sou um ROBÔ muito educado."))
                .containsExactly(new Violacao(
                        Regra.robo,
                        "diz ser um robô, um bot ou uma inteligência artificial (\"ROBÔ\"); a resposta nunca menciona"
                                + " isso"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "Aqui é o bot da Acme.",
                "Sou um chatbot treinado para ajudar.",
                "Eu sou uma IA da Acme.",
                "Sou uma ia, mas posso ajudar",
                "Esta resposta foi escrita por uma inteligencia artificial",
                "Inteligência Artificial a seu serviço",
                "Sou a assistente virtual da Acme",
                "Sou o atendente digital",
                "sou um programa de computador",
                "Não sou humana, mas entendo você",
                "Esta é uma mensagem automática",
                "Como modelo de linguagem, não posso opinar",
                "Roboszinhos? Não, robôs!",
                "Falo com você via AI da empresa",
                "Sou o Bot-Ana",
                "Robô."
            })
    void everyWayOfSayingItIsAMachineIsRefused(String texto) {
        assertThat(PoliticaDaMarca.padrao().violacoes(texto))
                .extracting(Violacao::regra)
                .containsExactly(Regra.robo);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "Somos a Robótica Paulista e atendemos a indústria.",
                "É só abotoar o paletó e vir à reunião!",
                "Eu ia te ligar amanhã, Ana.",
                "A ideia é conversar em 30 minutos.",
                "Vale a pena: robotizar processos é o nosso foco.",
                "Sou da equipe comercial e vou te ajudar pessoalmente.",
                "Usamos automação de marketing com ótimos resultados.",
                "Oi, Bianca! Tudo bem?",
                "Vi que vocês estão na Bahia, certo?"
            })
    void wordsThatOnlyContainARobotWordPass(String texto) {
        assertThat(PoliticaDaMarca.padrao().violacoes(texto)).isEmpty();
    }

    @Test
    void aForbiddenWordOrClaimIsFoundWhateverItsCaseAndAccentsAsAWholeWord() {
        PoliticaDaMarca politica = PoliticaDaMarca.de(json(SETTINGS));

        assertThat(politica.violacoes("Garantimos 100% de satisfação, é BARATO e está em PROMOCAO, sem   risco!"))
                .containsExactly(
                        new Violacao(Regra.palavra_proibida, "usa a palavra proibida pela marca \"barato\""),
                        new Violacao(Regra.palavra_proibida, "usa a palavra proibida pela marca \"promoção\""),
                        new Violacao(Regra.alegacao_proibida, "faz a alegação proibida pela marca \"garantimos\""),
                        new Violacao(Regra.alegacao_proibida, "faz a alegação proibida pela marca \"100%\""),
                        new Violacao(Regra.alegacao_proibida, "faz a alegação proibida pela marca \"sem risco\""));
        assertThat(politica.violacoes("Os baratos saem caros; 1000% de nada; riscos sem riscos."))
                .isEmpty();
    }

    @Test
    void aReplyLongerThanTheMaximumOrEmptyIsRefused() {
        PoliticaDaMarca politica = UmContexto.politica(TomDaMarca.consultivo, 80, "");

        assertThat(politica.violacoes("a".repeat(81)))
                .containsExactly(new Violacao(Regra.tamanho_maximo, "tem 81 caracteres, acima do máximo de 80"));
        assertThat(politica.violacoes("a".repeat(80))).isEmpty();
        assertThat(politica.violacoes("  \n ")).containsExactly(new Violacao(Regra.vazia, "a resposta está vazia"));
        assertThat(politica.violacoes(null)).extracting(Violacao::regra).containsExactly(Regra.vazia);
    }

    @Test
    void theSignatureGoesUnderTheReplyOnceAndCountsInTheLength() {
        PoliticaDaMarca politica = PoliticaDaMarca.de(json(SETTINGS));

        assertThat(politica.assinada("  Olá, Ana.  ")).isEqualTo("Olá, Ana.\n\nAna Lima\nAcme Vendas");
        assertThat(politica.assinada(politica.assinada("Olá, Ana."))).isEqualTo("Olá, Ana.\n\nAna Lima\nAcme Vendas");
        assertThat(politica.tamanhoDoCorpo()).isEqualTo(400 - "Ana Lima\nAcme Vendas".length() - 2);
        assertThat(PoliticaDaMarca.padrao().assinada(" Olá. ")).isEqualTo("Olá.");
        assertThat(PoliticaDaMarca.padrao().tamanhoDoCorpo()).isEqualTo(600);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"tom\": \"agressivo\"}                        | settings.tom                    | deve ser um destes: consultivo, formal, descontraido",
                "{\"tom\": 1}                                    | settings.tom                    | deve ser um destes: consultivo, formal, descontraido",
                "{\"tom\": \"FORMAL\"}                           | settings.tom                    | deve ser um destes: consultivo, formal, descontraido",
                "{\"palavras_proibidas\": \"barato\"}            | settings.palavras_proibidas     | deve ser uma lista de textos",
                "{\"palavras_proibidas\": [\"ok\", 3]}           | settings.palavras_proibidas[1]  | deve ser um texto",
                "{\"palavras_proibidas\": [\"a\\u0000b\"]}       | settings.palavras_proibidas[0]  | não pode ter caracteres de controle",
                "{\"palavras_proibidas\": [\"a\\u200bb\"]}       | settings.palavras_proibidas[0]  | não pode ter caracteres de controle",
                "{\"palavras_proibidas\": [\"  \"]}              | settings.palavras_proibidas[0]  | deve ter ao menos uma letra ou um número",
                "{\"alegacoes_proibidas\": [\"!!!\"]}            | settings.alegacoes_proibidas[0] | deve ter ao menos uma letra ou um número",
                "{\"alegacoes_proibidas\": {\"a\": 1}}           | settings.alegacoes_proibidas    | deve ser uma lista de textos",
                "{\"tamanho_maximo\": 79}                        | settings.tamanho_maximo         | deve ser um número inteiro entre 80 e 4096 (caracteres)",
                "{\"tamanho_maximo\": 4097}                      | settings.tamanho_maximo         | deve ser um número inteiro entre 80 e 4096 (caracteres)",
                "{\"tamanho_maximo\": 300.5}                     | settings.tamanho_maximo         | deve ser um número inteiro entre 80 e 4096 (caracteres)",
                "{\"tamanho_maximo\": \"600\"}                   | settings.tamanho_maximo         | deve ser um número inteiro entre 80 e 4096 (caracteres)",
                "{\"tamanho_maximo\": 99999999999999999999999}   | settings.tamanho_maximo         | deve ser um número inteiro entre 80 e 4096 (caracteres)",
                "{\"assinatura\": 42}                            | settings.assinatura             | deve ser um texto",
                "{\"assinatura\": \"Ana\\u0007\"}                | settings.assinatura             | não pode ter caracteres de controle (só quebras de linha)",
                "{\"assinatura\": \"Ana\\u202eLima\"}            | settings.assinatura             | não pode ter caracteres de controle (só quebras de linha)",
                "{\"assinatura\": \"Ana, assistente virtual\"}   | settings.assinatura             | diz ser um robô, um bot ou uma inteligência artificial (\"assistente virtual\"); a resposta nunca menciona isso",
                "{\"modo_aprovacao\": \"sim\"}                   | settings.modo_aprovacao         | deve ser true ou false",
                "{\"modo_aprovacao\": 1}                         | settings.modo_aprovacao         | deve ser true ou false"
            })
    void hostileSettingsAreRefusedNamingTheField(String settings, String campo, String problema) {
        assertThat(PoliticaDaMarca.problemas(json(settings))).containsExactly(new Violation(campo, problema));
        assertThatThrownBy(() -> PoliticaDaMarca.de(json(settings)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(campo + ": " + problema);
    }

    @Test
    void tooManyOrTooLongWordsAndATooLongSignatureAreRefused() {
        var muitas = Json.createArrayBuilder();
        for (int i = 0; i < 51; i++) {
            muitas.add("palavra" + i);
        }
        JsonObject settings = Json.createObjectBuilder()
                .add("palavras_proibidas", muitas)
                .add("alegacoes_proibidas", Json.createArrayBuilder().add("x".repeat(61)))
                .add("assinatura", "y".repeat(201))
                .build();

        assertThat(PoliticaDaMarca.problemas(settings))
                .containsExactly(
                        new Violation("settings.palavras_proibidas", "deve ter no máximo 50 itens: tem 51"),
                        new Violation("settings.alegacoes_proibidas[0]", "deve ter no máximo 60 caracteres"),
                        new Violation("settings.assinatura", "deve ter no máximo 200 caracteres"));
    }

    @Test
    void aSignatureThatLeavesNoRoomForTheReplyOrUsesAForbiddenWordIsRefused() {
        JsonObject apertada = json("{\"tamanho_maximo\": 80, \"assinatura\": \"" + "z".repeat(30) + "\"}");
        JsonObject proibida = json("{\"palavras_proibidas\": [\"Acme\"], \"assinatura\": \"Equipe ACME\"}");

        assertThat(PoliticaDaMarca.problemas(apertada))
                .containsExactly(new Violation(
                        "settings.assinatura",
                        "deixa 48 caracteres para a resposta; tamanho_maximo (80) deve deixar ao menos 60"));
        assertThat(PoliticaDaMarca.problemas(proibida))
                .containsExactly(new Violation("settings.assinatura", "usa a palavra proibida pela marca \"Acme\""));
    }

    @Test
    void aSignatureIsCheckedAgainstTheRightPartsOfTheSettingsEvenWhenOthersAreWrong() {
        JsonObject settings = json("{\"tom\": \"x\", \"palavras_proibidas\": [\"acme\"], \"tamanho_maximo\": 1,"
                + " \"assinatura\": \"Equipe Acme, seu bot de vendas\"}");

        assertThat(PoliticaDaMarca.problemas(settings))
                .extracting(Violation::field, Violation::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "settings.tom", "deve ser um destes: consultivo, formal, descontraido"),
                        org.assertj.core.groups.Tuple.tuple(
                                "settings.tamanho_maximo", "deve ser um número inteiro entre 80 e 4096 (caracteres)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "settings.assinatura",
                                "diz ser um robô, um bot ou uma inteligência artificial (\"bot\"); a resposta nunca"
                                        + " menciona isso"),
                        org.assertj.core.groups.Tuple.tuple(
                                "settings.assinatura", "usa a palavra proibida pela marca \"acme\""));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThat(PoliticaDaMarca.problemas(
                        json("{\"tom\": \"x\", \"tamanho_maximo\": 1, \"modo_aprovacao\": \"x\"}")))
                .extracting(Violation::field)
                .containsExactly("settings.tom", "settings.tamanho_maximo", "settings.modo_aprovacao");
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
