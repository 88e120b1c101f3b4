package ai.alquimista.nigredo.recebimento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UfTest {

    @ParameterizedTest(name = "DDD {0} is {1}, {2}")
    @CsvSource({
        "68, AC, America/Rio_Branco",
        "82, AL, America/Maceio",
        "96, AP, America/Belem",
        "92, AM, America/Manaus",
        "97, AM, America/Manaus",
        "71, BA, America/Bahia",
        "77, BA, America/Bahia",
        "85, CE, America/Fortaleza",
        "61, DF, America/Sao_Paulo",
        "27, ES, America/Sao_Paulo",
        "64, GO, America/Sao_Paulo",
        "98, MA, America/Fortaleza",
        "99, MA, America/Fortaleza",
        "65, MT, America/Cuiaba",
        "66, MT, America/Cuiaba",
        "67, MS, America/Campo_Grande",
        "31, MG, America/Sao_Paulo",
        "38, MG, America/Sao_Paulo",
        "91, PA, America/Belem",
        "93, PA, America/Belem",
        "83, PB, America/Fortaleza",
        "41, PR, America/Sao_Paulo",
        "81, PE, America/Recife",
        "87, PE, America/Recife",
        "86, PI, America/Fortaleza",
        "89, PI, America/Fortaleza",
        "21, RJ, America/Sao_Paulo",
        "84, RN, America/Fortaleza",
        "51, RS, America/Sao_Paulo",
        "55, RS, America/Sao_Paulo",
        "69, RO, America/Porto_Velho",
        "95, RR, America/Boa_Vista",
        "48, SC, America/Sao_Paulo",
        "11, SP, America/Sao_Paulo",
        "19, SP, America/Sao_Paulo",
        "79, SE, America/Maceio",
        "63, TO, America/Araguaina"
    })
    void eachDddBelongsToItsStateAndItsStatesZone(String ddd, Uf uf, String zone) {
        assertThat(Uf.ofDdd(ddd)).contains(uf);
        assertThat(uf.zoneId()).isEqualTo(ZoneId.of(zone));
        assertThat(Telefone.parse("(" + ddd + ") 99123-4567").orElseThrow().zoneId())
                .isEqualTo(ZoneId.of(zone));
    }

    @Test
    void brazilHasSixtySevenDddsEachInOneStateOnly() {
        List<String> ddds =
                Arrays.stream(Uf.values()).flatMap(uf -> uf.ddds().stream()).toList();

        assertThat(Uf.values()).hasSize(27);
        assertThat(ddds).hasSize(67).doesNotHaveDuplicates().allMatch(ddd -> ddd.matches("[1-9][1-9]"));
        assertThat(Uf.values()).allSatisfy(uf -> assertThat(uf.ddds()).isNotEmpty());
    }

    @Test
    void codesThatAreNoDddHaveNoState() {
        assertThat(Uf.ofDdd("20")).isEmpty();
        assertThat(Uf.ofDdd("10")).isEmpty();
        assertThat(Uf.ofDdd("011")).isEmpty();
        assertThat(Uf.ofDdd(null)).isEmpty();
    }
}
