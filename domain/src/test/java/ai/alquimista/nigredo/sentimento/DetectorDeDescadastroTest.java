package ai.alquimista.nigredo.sentimento;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed 001 §5.5's opt-out words, the ways leads write them, and the same words meaning something else. */
class DetectorDeDescadastroTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pare",
                "PARE!",
                "parar",
                "Stop",
                "descadastre",
                "quero descadastrar",
                "remover",
                "Não quero",
                "não tenho interesse",
                "LGPD",
                "Meus dados pessoais, por favor",
                "me tira da lista",
                "para de mandar",
                "não me mande mais",
                "descadastra aí",
                "sai fora",
                "remova meu número",
                "nao quero mais receber essas msg",
                "Parem com isso",
                "já pedi pra parar",
                "Não temos interesse, obrigado",
                "tenho interesse não",
                "me esquece",
                "cancelar inscrição",
                "chega de mensagem"
            })
    void anOptOutIsReadAsOne(String resposta) {
        assertThat(PedidoDeDescadastro.em(resposta)).as(resposta).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Não quero perder essa oportunidade",
                "Precisamos parar de perder vendas",
                "Para quando seria?",
                "Pode parar aqui na loja amanhã",
                "Quero remover o retrabalho do time",
                "Dá pra remover um usuário depois?",
                "Não tenho interesse em perder clientes, como funciona?",
                "Não tenho interesse no momento",
                "A plataforma é adequada à LGPD?",
                "Sai hoje a proposta?",
                "Vou parar pra ler com calma",
                "me tira uma dúvida: tem teste grátis?",
                "Não quero ficar pra trás",
                "Tenho interesse, não sei quando posso falar"
            })
    void theSameWordsMeaningSomethingElseAreNoOptOut(String resposta) {
        assertThat(PedidoDeDescadastro.em(resposta)).as(resposta).isFalse();
    }
}
