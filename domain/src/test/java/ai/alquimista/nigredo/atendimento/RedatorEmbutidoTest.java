package ai.alquimista.nigredo.atendimento;

import static ai.alquimista.nigredo.atendimento.UmContexto.politica;
import static ai.alquimista.nigredo.atendimento.UmContexto.umaResposta;
import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.interacoes.entity.Sentimento;
import ai.alquimista.nigredo.sentimento.Intencao;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedatorEmbutidoTest {

    private final Redator redator = new RedatorEmbutido();

    @Test
    void anInterestedLeadIsGreetedByFirstNameAndOfferedAThirtyMinuteMeetingWithTimesToFollow() {
        String resposta = redator.redigir(
                umaResposta("Tenho interesse, vamos agendar").de("ANA SOUZA").build());

        assertThat(resposta)
                .isEqualTo("Olá, Ana, tudo bem? Fico feliz com o seu interesse! Que tal uma conversa rápida de 30"
                        + " minutos para entendermos juntos as suas prioridades? Na próxima mensagem te mando algumas"
                        + " opções de horário.\nAbraço!");
    }

    @Test
    void theSameReplyIsAlwaysWrittenTheSameWayButContactsGetDifferentWordings() {
        ContextoDaResposta contexto = umaResposta("Tenho interesse").de("Bruno").build();
        Set<String> redacoes = new HashSet<>();
        for (String nome : List.of("Ana", "Bruno", "Carla", "Diego", "Elisa", "Fábio", "Gina", "Hugo")) {
            redacoes.add(redator.redigir(umaResposta("Tenho interesse").de(nome).build())
                    .replace(nome, "{nome}"));
        }

        assertThat(redator.redigir(contexto)).isEqualTo(new RedatorEmbutido().redigir(contexto));
        assertThat(redacoes).hasSizeGreaterThan(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "consultivo   | Olá, Bruno. Obrigado pela franqueza. Entendo a preocupação com o investimento. A ideia é"
                        + " que a solução se pague com o resultado que ela traz, e posso te mostrar como isso se"
                        + " aplicaria ao seu cenário. Podemos ver isso juntos?\\nAté breve!",
                "formal       | Olá, Bruno. Agradeço a franqueza. Compreendo a preocupação com o investimento. Mais do"
                        + " que o preço, sugiro avaliarmos o retorno que a Acme Vendas pode trazer; posso preparar uma"
                        + " estimativa para o seu cenário.\\nFico à disposição.",
                "descontraido | Olá, Bruno. Valeu pela sinceridade! Entendo, orçamento é sempre assunto sério! Que tal a"
                        + " gente olhar juntos quanto isso pode trazer de retorno pra vocês? Aí fica mais fácil"
                        + " decidir.\\nAbraço!"
            })
    void aPriceObjectionIsAnsweredWithValueInTheBrandsTone(TomDaMarca tom, String esperada) {
        String resposta = redator.redigir(umaResposta("Tá caro demais")
                .de("bruno")
                .lida(Sentimento.negativo, 60, Intencao.objecao)
                .com(politica(tom, 600, ""))
                .build());

        assertThat(resposta).isEqualTo(esperada.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Agora não é o momento         | voltar a falar com você mais adiante | retomar o contato",
                "Já usamos a RD Station        | o que a Acme Vendas faz de diferente | a Acme Vendas costuma se diferenciar",
                "Preciso falar com meu sócio   | envolver quem decide                 | quem participa da decisão",
                "Não preciso disso             | como vocês cuidam disso hoje         | Se um dia isso entrar na pauta",
                "Não conheço vocês             | referências de clientes              | referências de clientes",
                "Hmm, sei lá                   | o que pesaria mais na sua decisão    | Pode me contar um pouco mais"
            })
    void eachObjectionGetsTheAnswerOfItsCategory(String mensagem, String umaRedacao, String outra) {
        ContextoDaResposta contexto = umaResposta(mensagem)
                .de("Carla")
                .lida(Sentimento.neutro, 40, Intencao.objecao)
                .build();

        String resposta = redator.redigir(contexto);

        assertThat(resposta).contains("Carla").containsAnyOf(umaRedacao, outra);
    }

    @Test
    void theCategoriesAnswerInTheirOwnWords() {
        assertThat(objecao("Agora não é o momento", "Carla"))
                .isEqualTo("Olá, Carla, tudo bem? Entendo, o momento certo faz toda a diferença. Posso voltar a falar"
                        + " com você mais adiante? Se me disser qual período fica melhor, eu anoto aqui.\nAbraço!");
        assertThat(objecao("Preciso falar com meu sócio", "Diego"))
                .isEqualTo("Olá, Diego, tudo bem? Faz todo sentido envolver quem decide. Posso preparar um resumo"
                        + " curto para você encaminhar ou, se preferir, incluir essa pessoa numa conversa rápida.\n"
                        + "Até breve!");
    }

    @Test
    void aQuestionGetsTheMaterialPathAndAnEmailIsWrittenInParagraphs() {
        String resposta = redator.redigir(umaResposta("Como funciona a integração?")
                .de("Carla")
                .lida(Sentimento.neutro, 30, Intencao.pergunta)
                .por(CanalDeEnvio.email)
                .build());

        assertThat(resposta)
                .isEqualTo("Olá, Carla, tudo bem?\n\nBoa pergunta! Posso te enviar um material curto que responde isso"
                        + " em detalhes ou, se preferir, explico numa conversa rápida. O que fica melhor para você?\n\n"
                        + "Até breve!");
    }

    @Test
    void aRefusalIsAcceptedWithoutInsistingAndANeutralReplyGetsLightNurture() {
        assertThat(redator.redigir(umaResposta("Não, obrigado")
                        .de("Ana")
                        .lida(Sentimento.negativo, 40, Intencao.recusa)
                        .build()))
                .isEqualTo("Olá, Ana. Tudo bem, agradeço o retorno. Não vou mais te incomodar com isso, e se precisar"
                        + " no futuro, é só chamar.");
        assertThat(redator.redigir(umaResposta("Recebido")
                        .de("Ana")
                        .lida(Sentimento.neutro, 20, Intencao.outra)
                        .build()))
                .startsWith("O")
                .containsAnyOf("conteúdo curto", "Fico à disposição");
    }

    @Test
    void anOptOutGetsTheFixedLgpdConfirmation() {
        ContextoDaResposta contexto = umaResposta("PARE")
                .de("Ana Souza")
                .lida(Sentimento.neutro, 50, Intencao.descadastro)
                .build();

        assertThat(redator.redigir(contexto))
                .isEqualTo(ConfirmacaoDeDescadastro.texto("Ana Souza", "Acme Vendas"))
                .isEqualTo("Pronto, Ana: o seu contato foi removido e você não receberá novas mensagens da Acme"
                        + " Vendas, conforme a LGPD. Obrigado pela atenção.");
        assertThat(ConfirmacaoDeDescadastro.texto("Ana Souza", "Acme Vendas", 115))
                .isEqualTo("Pronto: o seu contato foi removido e você não receberá novas mensagens, conforme a LGPD."
                        + " Obrigado pela atenção.");
        assertThat(ConfirmacaoDeDescadastro.texto("Ana Souza", "Acme Vendas", 60))
                .isEqualTo("Pronto: o seu contato foi removido, conforme a LGPD.");
        assertThat(ConfirmacaoDeDescadastro.texto("  ", " "))
                .isEqualTo("Pronto: o seu contato foi removido e você não receberá novas mensagens, conforme a LGPD."
                        + " Obrigado pela atenção.");
    }

    @Test
    void aVeryIrritatedLeadsDraftApologisesAndPromisesAPerson() {
        String resposta = redator.redigir(umaResposta("Parem de me encher!!!")
                .de("Ana")
                .lida(Sentimento.irritado, 90, Intencao.outra)
                .build());

        assertThat(resposta)
                .isEqualTo("Olá, Ana. Sinto muito pelo incômodo. Vou pedir para o responsável pelo seu atendimento"
                        + " falar com você pessoalmente, o quanto antes.");
    }

    @Test
    void theReplyLeavesRoomForTheSignatureAndKeepsItsPointWhenSpaceIsShort() {
        PoliticaDaMarca apertada = politica(TomDaMarca.consultivo, 120, "Equipe Acme");

        String resposta = redator.redigir(
                umaResposta("Tenho interesse").de("Ana").com(apertada).build());

        assertThat(resposta).isEqualTo("Olá, Ana, tudo bem? Vamos marcar 30 minutos? Envio os horários em seguida.");
        assertThat(apertada.assinada(resposta)).hasSizeLessThanOrEqualTo(120);
        assertThat(apertada.violacoes(apertada.assinada(resposta))).isEmpty();
    }

    @Test
    void aWordTheBrandForbidsIsAvoidedByAnotherWording() {
        PoliticaDaMarca semConversa = politica(TomDaMarca.consultivo, 600, "", "conversa");

        String resposta = redator.redigir(
                umaResposta("Tenho interesse").de("Ana").com(semConversa).build());

        assertThat(semConversa.violacoes(resposta)).isEmpty();
        assertThat(resposta).isEqualTo("Oi, Ana! Vamos marcar 30 minutos? Envio os horários em seguida.");
    }

    @Test
    void aContactNamedLikeAMachineOrNotLikeAPersonIsGreetedWithoutTheName() {
        assertThat(redator.redigir(
                        umaResposta("Tenho interesse").de("Bot Silva").build()))
                .doesNotContainIgnoringCase("bot")
                .startsWith("O");
        assertThat(redator.redigir(umaResposta("Tenho interesse").de("Sr. João").build()))
                .doesNotContain("Sr.")
                .startsWith("O");
        assertThat(redator.redigir(umaResposta("Tenho interesse").de(null).build()))
                .doesNotContain("null")
                .startsWith("O");
    }

    @Test
    void noReplyOfAnyStepToneOrChannelBreaksTheDefaultPolicyOrMentionsAMachine() {
        Set<String> textos = new HashSet<>();
        for (Intencao intencao : Intencao.values()) {
            for (Sentimento sentimento : Sentimento.values()) {
                for (TomDaMarca tom : TomDaMarca.values()) {
                    for (CanalDeEnvio canal : CanalDeEnvio.values()) {
                        for (String mensagem : List.of(
                                "Tá caro",
                                "Agora não",
                                "Já usamos outra",
                                "Quem decide é o" + " diretor",
                                "Não preciso",
                                "Isso é golpe?",
                                "Ok")) {
                            for (int tamanho : List.of(80, 140, 600, 4096)) {
                                PoliticaDaMarca politica = politica(tom, tamanho, tamanho > 80 ? "Equipe Acme" : "");
                                ContextoDaResposta contexto = umaResposta(mensagem)
                                        .de("Fernanda Lima")
                                        .lida(sentimento, 50, intencao)
                                        .com(politica)
                                        .por(canal)
                                        .build();
                                String resposta = redator.redigir(contexto);
                                textos.add(resposta);
                                assertThat(politica.violacoes(politica.assinada(resposta)))
                                        .as("%s → %s", contexto, resposta)
                                        .isEmpty();
                            }
                        }
                    }
                }
            }
        }
        assertThat(textos).hasSizeGreaterThan(100);
    }

    @Test
    void aTenantWithoutACompanyNameIsSpokenOfAsOurTeam() {
        String resposta = redator.redigir(umaResposta("Já usamos outra ferramenta")
                .de("Ana")
                .escritaPor("  ")
                .lida(Sentimento.neutro, 40, Intencao.objecao)
                .build());

        assertThat(resposta).contains("a nossa equipe").doesNotContain("a  ");
    }

    private String objecao(String mensagem, String nome) {
        return redator.redigir(umaResposta(mensagem)
                .de(nome)
                .lida(Sentimento.neutro, 40, Intencao.objecao)
                .build());
    }
}
