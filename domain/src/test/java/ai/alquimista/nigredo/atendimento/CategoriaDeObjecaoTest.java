package ai.alquimista.nigredo.atendimento;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoriaDeObjecaoTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Tá caro demais pra gente                              | preco",
                "TA CARO                                               | preco",
                "Estamos sem orçamento esse ano                        | preco",
                "sem orcamento no momento                              | preco",
                "O valor está alto para o nosso porte                  | preco",
                "Não cabe no bolso agora                               | preco",
                "Tem desconto?                                         | preco",
                "Agora não é o momento                                 | momento",
                "agora n é o momento, me chama ano que vem             | momento",
                "Estamos numa correria, fala comigo depois do carnaval | momento",
                "Não é prioridade por enquanto                         | momento",
                "Me procura no próximo semestre                        | momento",
                "Já usamos a RD Station                                | concorrente",
                "ja utilizamos outra ferramenta pra isso               | concorrente",
                "Já temos um fornecedor                                | concorrente",
                "Já trabalhamos com uma agência                        | concorrente",
                "Preciso falar com meu sócio                           | autoridade",
                "preciso ver isso com o diretor financeiro             | autoridade",
                "Não sou eu quem decide                                | autoridade",
                "A decisão é da diretoria                              | autoridade",
                "Vou levar pra minha chefe e te falo                   | autoridade",
                "Depende de aprovação                                  | autoridade",
                "Não conheço vocês                                     | confianca",
                "nunca ouvi falar dessa empresa                        | confianca",
                "Isso é golpe?                                         | confianca",
                "Como vcs conseguiram meu número?                      | confianca",
                "Não preciso disso                                     | necessidade",
                "Não temos necessidade                                 | necessidade",
                "Não faz sentido pra nós                               | necessidade",
                "n precisamos, estamos bem assim                       | necessidade",
                "Hmm, sei lá                                           | outra",
                "Vocês atendem no Nordeste?                            | outra"
            })
    void anObjectionIsFiledByWhatItIsAbout(String texto, CategoriaDeObjecao esperada) {
        assertThat(CategoriaDeObjecao.de(texto)).isEqualTo(esperada);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "👍", "..."})
    void noTextIsAnotherObjection(String texto) {
        assertThat(CategoriaDeObjecao.de(texto)).isEqualTo(CategoriaDeObjecao.outra);
    }

    @ParameterizedTest(name = "\"{0}\" is not about price")
    @ValueSource(strings = {"Caramba, que mensagem longa", "Encarecidamente peço que não insista"})
    void wordsThatOnlyContainAPriceWordAreNotAboutPrice(String texto) {
        assertThat(CategoriaDeObjecao.de(texto)).isNotEqualTo(CategoriaDeObjecao.preco);
    }
}
