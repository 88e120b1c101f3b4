package ai.alquimista.nigredo.recebimento;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 27 federative units, each with its area codes (DDDs) and the time zone to reach its people in.
 *
 * <p>The zone is the state's: a DDD cannot tell the few places that differ from it. DDD 97 also covers western
 * Amazonas (America/Eirunepe, one hour behind Manaus) and DDD 81 covers Fernando de Noronha (America/Noronha,
 * one hour ahead of Recife); both get their state's zone.
 */
public enum Uf {
    AC("America/Rio_Branco", 68),
    AL("America/Maceio", 82),
    AP("America/Belem", 96),
    AM("America/Manaus", 92, 97),
    BA("America/Bahia", 71, 73, 74, 75, 77),
    CE("America/Fortaleza", 85, 88),
    DF("America/Sao_Paulo", 61),
    ES("America/Sao_Paulo", 27, 28),
    GO("America/Sao_Paulo", 62, 64),
    MA("America/Fortaleza", 98, 99),
    MT("America/Cuiaba", 65, 66),
    MS("America/Campo_Grande", 67),
    MG("America/Sao_Paulo", 31, 32, 33, 34, 35, 37, 38),
    PA("America/Belem", 91, 93, 94),
    PB("America/Fortaleza", 83),
    PR("America/Sao_Paulo", 41, 42, 43, 44, 45, 46),
    PE("America/Recife", 81, 87),
    PI("America/Fortaleza", 86, 89),
    RJ("America/Sao_Paulo", 21, 22, 24),
    RN("America/Fortaleza", 84),
    RS("America/Sao_Paulo", 51, 53, 54, 55),
    RO("America/Porto_Velho", 69),
    RR("America/Boa_Vista", 95),
    SC("America/Sao_Paulo", 47, 48, 49),
    SP("America/Sao_Paulo", 11, 12, 13, 14, 15, 16, 17, 18, 19),
    SE("America/Maceio", 79),
    TO("America/Araguaina", 63);

    private static final Map<String, Uf> BY_DDD = Arrays.stream(values())
            .flatMap(uf -> uf.ddds.stream().map(ddd -> Map.entry(ddd, uf)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final ZoneId zoneId;
    private final List<String> ddds;

    Uf(String zoneId, int... ddds) {
        this.zoneId = ZoneId.of(zoneId);
        this.ddds = Arrays.stream(ddds).mapToObj(String::valueOf).toList();
    }

    public static Optional<Uf> ofDdd(String ddd) {
        return ddd == null ? Optional.empty() : Optional.ofNullable(BY_DDD.get(ddd));
    }

    public ZoneId zoneId() {
        return zoneId;
    }

    /** Two-digit area codes, e.g. "11". */
    public List<String> ddds() {
        return ddds;
    }
}
