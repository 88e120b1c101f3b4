package ai.alquimista.nigredo.relatorios;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.nigredo.atendimento.CategoriaDeObjecao;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded insights read like a manager's note, every figure one of the day's. */
class InsightsPorRegrasTest {

    private static final LocalDate DIA = LocalDate.parse("2026-03-09");
    private final GeradorDeInsights gerador = new InsightsPorRegras();

    @Test
    void aFallingResponseRateTheMainObjectionAndTheMeetingsAreNamed() {
        ContagemDoFunil ontem = new ContagemDoFunil(30, 30, 25, 3, 1, 0, 0, 0, 0);
        ContagemDoFunil hoje = new ContagemDoFunil(40, 38, 25, 2, 2, 1, 0, 0, 1);

        List<String> insights = gerador.insights(new DadosDoDia(
                DIA,
                hoje,
                ontem,
                List.of(
                        ObjecaoRecorrente.de(CategoriaDeObjecao.preco, 5),
                        ObjecaoRecorrente.de(CategoriaDeObjecao.momento, 4))));

        assertThat(insights)
                .containsExactly(
                        "Foram recebidos 40 leads, 10 a mais que no dia anterior.",
                        "A taxa de enriquecimento caiu de 100 % para 95 % em relação ao dia anterior.",
                        "A taxa de resposta caiu de 12 % para 8 % em relação ao dia anterior.",
                        "A taxa de interesse subiu de 33,3 % para 100 % em relação ao dia anterior.",
                        "A taxa de agendamento subiu de 0 % para 50 % em relação ao dia anterior.",
                        "O maior gargalo do dia foi a etapa de resposta: apenas 8 % dos leads contatados responderam.",
                        "A objeção mais frequente foi sobre o preço (5 de 9 objeções).",
                        "1 reunião foi agendada com a equipe de vendas.",
                        "1 lead pediu para não receber mais mensagens.");
    }

    @Test
    void aQuietDayIsSaidToBeQuiet() {
        assertThat(gerador.insights(new DadosDoDia(DIA, ContagemDoFunil.VAZIA, ContagemDoFunil.VAZIA, List.of())))
                .containsExactly("Nenhum lead avançou no funil em 09/03/2026.");
    }
}
