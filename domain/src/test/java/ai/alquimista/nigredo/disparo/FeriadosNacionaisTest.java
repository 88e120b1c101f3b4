package ai.alquimista.nigredo.disparo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeriadosNacionaisTest {

    @Test
    void in2026GoodFridayIsApril3AndEveryFixedHolidayIsThereInCalendarOrder() {
        assertThat(FeriadosNacionais.doAno(2026))
                .containsExactly(
                        entry(LocalDate.of(2026, 1, 1), "Confraternização Universal"),
                        entry(LocalDate.of(2026, 4, 3), "Sexta-feira da Paixão"),
                        entry(LocalDate.of(2026, 4, 21), "Tiradentes"),
                        entry(LocalDate.of(2026, 5, 1), "Dia do Trabalho"),
                        entry(LocalDate.of(2026, 9, 7), "Independência"),
                        entry(LocalDate.of(2026, 10, 12), "Nossa Senhora Aparecida"),
                        entry(LocalDate.of(2026, 11, 2), "Finados"),
                        entry(LocalDate.of(2026, 11, 15), "Proclamação da República"),
                        entry(LocalDate.of(2026, 11, 20), "Dia Nacional de Zumbi e da Consciência Negra"),
                        entry(LocalDate.of(2026, 12, 25), "Natal"));
    }

    @Test
    void in2025EasterIsApril20SoGoodFridayIsApril18() {
        assertThat(FeriadosNacionais.pascoa(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FeriadosNacionais.nome(LocalDate.of(2025, 4, 18))).contains("Sexta-feira da Paixão");
        assertThat(FeriadosNacionais.doAno(2025)).hasSize(10).containsKey(LocalDate.of(2025, 4, 18));
    }

    @ParameterizedTest
    @CsvSource({
        "2000, 2000-04-23",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void easterFollowsTheGregorianComputus(int ano, LocalDate pascoa) {
        assertThat(FeriadosNacionais.pascoa(ano)).isEqualTo(pascoa);
    }

    @Test
    void conscienciaNegraIsANationalHolidayOnlyFrom2024On() {
        assertThat(FeriadosNacionais.feriado(LocalDate.of(2023, 11, 20))).isFalse();
        assertThat(FeriadosNacionais.doAno(2023)).hasSize(9);
        assertThat(FeriadosNacionais.feriado(LocalDate.of(2024, 11, 20))).isTrue();
        assertThat(FeriadosNacionais.nome(LocalDate.of(2024, 11, 20)))
                .contains("Dia Nacional de Zumbi e da Consciência Negra");
    }

    @Test
    void carnavalAndCorpusChristiArePontosFacultativosNotHolidays() {
        assertThat(FeriadosNacionais.feriado(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(FeriadosNacionais.feriado(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(FeriadosNacionais.feriado(LocalDate.of(2026, 6, 4))).isFalse();
    }

    @Test
    void anOrdinaryDayHasNoName() {
        assertThat(FeriadosNacionais.nome(LocalDate.of(2026, 3, 2))).isEmpty();
        assertThat(FeriadosNacionais.feriado(LocalDate.of(2026, 3, 2))).isFalse();
    }

    @Test
    void whenGoodFridayFallsOnTiradentesTheDayCarriesBothNames() {
        assertThat(FeriadosNacionais.nome(LocalDate.of(2000, 4, 21))).contains("Tiradentes e Sexta-feira da Paixão");
        assertThat(FeriadosNacionais.doAno(2000)).hasSize(8);
    }
}
