package ai.alquimista.nigredo.disparo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Brazil's national holidays, the days no lead gets a campaign message.
 *
 * <p>The fixed ones are those of Lei 662/1949 (with Lei 10.607/2002), Lei 6.802/1980 (Nossa Senhora Aparecida) and
 * Lei 14.759/2023 (Dia Nacional de Zumbi e da Consciência Negra, a national holiday from 2024 on); the movable one is
 * Sexta-feira da Paixão (Lei 9.093/1995), two days before Easter. Carnaval and Corpus Christi are not here: they are
 * pontos facultativos, not holidays, and many businesses work on them. State and municipal holidays are not here
 * either.
 */
public final class FeriadosNacionais {

    private static final int PRIMEIRO_ANO_DA_CONSCIENCIA_NEGRA = 2024;

    private static final Map<MonthDay, String> FIXOS = Map.of(
            MonthDay.of(1, 1), "Confraternização Universal",
            MonthDay.of(4, 21), "Tiradentes",
            MonthDay.of(5, 1), "Dia do Trabalho",
            MonthDay.of(9, 7), "Independência",
            MonthDay.of(10, 12), "Nossa Senhora Aparecida",
            MonthDay.of(11, 2), "Finados",
            MonthDay.of(11, 15), "Proclamação da República",
            MonthDay.of(12, 25), "Natal");
    private static final MonthDay CONSCIENCIA_NEGRA = MonthDay.of(11, 20);

    private FeriadosNacionais() {}

    public static boolean feriado(LocalDate dia) {
        return nome(dia).isPresent();
    }

    /** The holiday's name, e.g. "Tiradentes"; empty on any other day. */
    public static Optional<String> nome(LocalDate dia) {
        return Optional.ofNullable(doAno(dia.getYear()).get(dia));
    }

    /**
     * Every national holiday of {@code ano}, in calendar order. When Sexta-feira da Paixão falls on a fixed holiday
     * (Tiradentes in 2000) the day carries both names.
     */
    public static Map<LocalDate, String> doAno(int ano) {
        TreeMap<LocalDate, String> feriados = new TreeMap<>();
        FIXOS.forEach((dia, nome) -> feriados.put(dia.atYear(ano), nome));
        if (ano >= PRIMEIRO_ANO_DA_CONSCIENCIA_NEGRA) {
            feriados.put(CONSCIENCIA_NEGRA.atYear(ano), "Dia Nacional de Zumbi e da Consciência Negra");
        }
        feriados.merge(pascoa(ano).minusDays(2), "Sexta-feira da Paixão", (fixo, paixao) -> fixo + " e " + paixao);
        return Collections.unmodifiableSortedMap(feriados);
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate pascoa(int ano) {
        int a = ano % 19;
        int b = ano / 100;
        int c = ano % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int mesEDia = h + l - 7 * m + 114;
        return LocalDate.of(ano, mesEDia / 31, mesEDia % 31 + 1);
    }
}
