package ai.alquimista.nigredo.estrategia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Estratégia's rules: the messages, who gets which variant, on which channel, rendered how. */
class EstrategiaTest {

    private final CamposDoLead maria =
            new CamposDoLead("MARIA DA SILVA", "Padaria Pão Quente", "Alimentação", "Alquimia Vendas");

    @Test
    void theDefaultScriptHasTwoVariantsForEveryStage() {
        Roteiro roteiro = Roteiro.padrao();

        for (Etapa etapa : Etapa.values()) {
            assertThat(roteiro.modelo(etapa, Variante.A).corpo())
                    .isNotEqualTo(roteiro.modelo(etapa, Variante.B).corpo());
            assertThat(roteiro.modelo(etapa, Variante.A).modeloWhatsapp()).matches("[a-z0-9_]+");
        }
    }

    @Test
    void aScriptSurvivesItsTripThroughTheDatabase() {
        JsonObject json = Roteiro.padrao().toJson();

        assertThat(Roteiro.fromJson(json).toJson()).isEqualTo(json);
    }

    @Test
    void aScriptMissingAVariantIsRefusedNamingIt() {
        JsonObject json = Roteiro.padrao().toJson();
        JsonObject semMeioB = Json.createObjectBuilder(json)
                .add(
                        "meio",
                        Json.createObjectBuilder()
                                .add("A", json.getJsonObject("meio").getJsonObject("A")))
                .build();

        assertThatThrownBy(() -> Roteiro.fromJson(semMeioB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mensagens.meio.B");
    }

    @Test
    void aMessageGreetsTheContactByFirstNameAndNamesBothCompanies() {
        String corpo = Renderizacao.render(
                Roteiro.padrao().modelo(Etapa.topo, Variante.A).corpo(), maria);

        assertThat(corpo)
                .startsWith("Olá, Maria!")
                .contains("Padaria Pão Quente")
                .contains("Alquimia Vendas")
                .contains("alimentação")
                .doesNotContain("{{");
    }

    @Test
    void theWhatsAppTemplateGetsFirstNameCompanyAndSenderInThatOrder() {
        assertThat(maria.parametrosWhatsapp()).containsExactly("Maria", "Padaria Pão Quente", "Alquimia Vendas");
    }

    @Test
    void leadFieldsAreWrittenAsTheyAreNotHtmlEscaped() {
        CamposDoLead campos = new CamposDoLead("Zé", "Irmãos & Filhos <Ltda>", null, "Nós \"Vendas\"");

        assertThat(Renderizacao.render("{{empresa}} / {{remetente}} / {{setor}}", campos))
                .isEqualTo("Irmãos & Filhos <Ltda> / Nós \"Vendas\" / seu setor");
    }

    @Test
    void aBrokenTemplateIsRefused() {
        assertThatThrownBy(() -> Renderizacao.validar("Olá {{#primeiro_nome}} sem fechar"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLeadKeepsItsVariantAndTheSplitIsEven() {
        UUID lead = UUID.randomUUID();
        Map<Variante, Integer> split = new EnumMap<>(Variante.class);
        IntStream.range(0, 10_000).forEach(i -> split.merge(Variante.de(UUID.randomUUID()), 1, Integer::sum));

        assertThat(Variante.de(lead)).isEqualTo(Variante.de(UUID.fromString(lead.toString())));
        assertThat(split.get(Variante.A)).isBetween(4_700, 5_300);
    }

    @Test
    void whatsAppOnlyWithOptInElseEmailElseNobody() {
        assertThat(EscolhaDeCanal.para(true, true, true)).contains(CanalDeEnvio.whatsapp);
        assertThat(EscolhaDeCanal.para(true, true, false)).contains(CanalDeEnvio.email);
        assertThat(EscolhaDeCanal.para(false, true, true)).contains(CanalDeEnvio.email);
        assertThat(EscolhaDeCanal.para(true, false, false)).isEmpty();
    }

    @Test
    void laterStagesComeDaysAfterTheFirstTouch() {
        assertThat(Etapa.topo.diasAposInicio()).isZero();
        assertThat(Etapa.meio.diasAposInicio()).isGreaterThan(Etapa.topo.diasAposInicio());
        assertThat(Etapa.fundo.diasAposInicio()).isGreaterThan(Etapa.meio.diasAposInicio());
        assertThat(Etapa.topo.primeiroContato()).isTrue();
    }
}
