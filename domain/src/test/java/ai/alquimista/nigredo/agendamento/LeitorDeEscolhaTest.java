package ai.alquimista.nigredo.agendamento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lead offered "1) segunda, 23/11, às 14h 2) terça, 24/11, às 9h 3) quarta, 25/11, às 14h30" answers as people do.
 */
class LeitorDeEscolhaTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private static Horario as(String local) {
        return Horario.de(LocalDateTime.parse(local).atZone(SAO_PAULO).toInstant(), Duration.ofMinutes(60));
    }

    private static final Horario SEGUNDA_14H = as("2026-11-23T14:00");
    private static final Horario TERCA_9H = as("2026-11-24T09:00");
    private static final Horario QUARTA_14H30 = as("2026-11-25T14:30");
    private static final List<Horario> OFERTA = List.of(SEGUNDA_14H, TERCA_9H, QUARTA_14H30);

    /** The same days, but no Monday among them: "segunda" can only be the second option. */
    private static final List<Horario> SEM_SEGUNDA =
            List.of(as("2026-11-24T09:00"), as("2026-11-25T14:00"), as("2026-11-26T10:00"));

    private static Escolha ler(String texto) {
        return LeitorDeEscolha.ler(texto, OFERTA, SAO_PAULO);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1",
                " 1 ",
                "1)",
                "opção 1",
                "Opcao 1",
                "a 1",
                "A primeira",
                "primeira opção",
                "pode ser a primeira!",
                "1ª",
                "quero a 1, obrigado",
                "Segunda-feira",
                "segunda feira às 14h",
                "na segunda",
                "segunda às 14h",
                "segunda as 14",
                "pode ser segunda 14:00",
                "segunda",
                "23/11",
                "dia 23",
                "dia 23 às 14h",
                "Pode ser na segunda à tarde"
            })
    void answersNamingTheMondaySlotChooseOptionOne(String texto) {
        assertThat(ler(texto)).isEqualTo(new Escolha.Opcao(1, SEGUNDA_14H));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2",
                "opção 2",
                "Opção 2, por favor",
                "a segunda",
                "A segunda.",
                "segunda opção",
                "quero a segunda",
                "o segundo horário",
                "2ª opção",
                "terça",
                "terça às 9h",
                "terça-feira 9:00",
                "Pode ser terça de manhã",
                "terca 9h",
                "24/11 às 9h",
                "às 9h"
            })
    void answersNamingTheTuesdaySlotChooseOptionTwo(String texto) {
        assertThat(ler(texto)).isEqualTo(new Escolha.Opcao(2, TERCA_9H));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3",
                "3!",
                "a terceira",
                "última",
                "a ultima opcao",
                "pode ser quarta 14:30",
                "quarta às 14h30",
                "Quarta-feira",
                "quarta",
                "dia 25",
                "nenhum problema, pode ser a 3"
            })
    void answersNamingTheWednesdaySlotChooseOptionThree(String texto) {
        assertThat(ler(texto)).isEqualTo(new Escolha.Opcao(3, QUARTA_14H30));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nenhum",
                "Nenhum desses",
                "nenhuma dessas opções",
                "nenhum deles me atende",
                "outro horário",
                "Tem outros horários?",
                "prefiro outro dia",
                "não posso em nenhum",
                "não consigo nesses",
                "Pode ser outra data?"
            })
    void aLeadWhoWantsNoneOfThemAsksForOthers(String texto) {
        assertThat(ler(texto)).isEqualTo(new Escolha.Nenhuma());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "sim",
                "ok",
                "pode ser",
                "1 ou 2",
                "4",
                "quinta às 10h",
                "terça às 16h",
                "segunda às 9h",
                "quarta às 9h",
                "dia 30",
                "Quanto custa o plano?",
                "sábado"
            })
    void anAnswerThatFitsNoSingleSlotIsNotUnderstood(String texto) {
        assertThat(ler(texto)).isEqualTo(new Escolha.NaoEntendida());
    }

    @ParameterizedTest
    @ValueSource(strings = {"segunda", "a segunda", "Segunda!", "quero a segunda"})
    void withoutAMondayOfferedSegundaIsTheSecondOption(String texto) {
        assertThat(LeitorDeEscolha.ler(texto, SEM_SEGUNDA, SAO_PAULO))
                .isEqualTo(new Escolha.Opcao(2, SEM_SEGUNDA.get(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"segunda-feira", "na segunda", "segunda às 14h"})
    void aMondayAskedForWhenNoneWasOfferedIsNotUnderstood(String texto) {
        assertThat(LeitorDeEscolha.ler(texto, SEM_SEGUNDA, SAO_PAULO)).isEqualTo(new Escolha.NaoEntendida());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "a terceira"})
    void anOptionBeyondThoseOfferedIsNotUnderstood(String texto) {
        assertThat(LeitorDeEscolha.ler(texto, List.of(SEGUNDA_14H, TERCA_9H), SAO_PAULO))
                .isEqualTo(new Escolha.NaoEntendida());
    }
}
