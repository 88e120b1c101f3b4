package ai.alquimista.nigredo.recebimento;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CNAE 2.3 division (the first two digits of a subclass, "47" in "4721-1/02"): coarse enough to group
 * leads into campaigns, fine enough to tell a bakery from a law firm.
 */
public record DivisaoCnae(String codigo) {

    /** The divisions CNAE 2.3 defines; the gaps (04, 34, 40, …) are not divisions. */
    private static final Set<String> DIVISIONS = Set.of(
            "01", "02", "03", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "35", "36", "37", "38",
            "39", "41", "42", "43", "45", "46", "47", "49", "50", "51", "52", "53", "55", "56", "58", "59", "60", "61",
            "62", "63", "64", "65", "66", "68", "69", "70", "71", "72", "73", "74", "75", "77", "78", "79", "80", "81",
            "82", "84", "85", "86", "87", "88", "90", "91", "92", "93", "94", "95", "96", "97", "99");

    /**
     * A class (5 digits) or subclass (7) at the start of the text, masked or not: "4721-1/02", "47.21-1-02",
     * "4721102", "4721-1", optionally after "CNAE". A description may follow.
     */
    private static final Pattern LEADING_CODE = Pattern.compile(
            "(?i)^\\s*(?:cnae\\s*:?\\s*)?(\\d{2})\\.?\\d{2}\\s*-?\\s*\\d(?:\\s*[/-]?\\s*\\d{2})?(?!\\d)");

    public DivisaoCnae {
        Objects.requireNonNull(codigo, "codigo");
        if (!DIVISIONS.contains(codigo)) {
            throw new IllegalArgumentException("not a CNAE division: " + codigo);
        }
    }

    /**
     * The division of the CNAE code that opens the atividade principal. Empty when the text does not start with
     * a code (a plain description is no error); invalid when it does but names no division.
     */
    public static Optional<Parsed<DivisaoCnae>> in(String atividadePrincipal) {
        if (atividadePrincipal == null) {
            return Optional.empty();
        }
        Matcher code = LEADING_CODE.matcher(atividadePrincipal);
        if (!code.find()) {
            return Optional.empty();
        }
        String division = code.group(1);
        return Optional.of(
                DIVISIONS.contains(division)
                        ? Parsed.valid(new DivisaoCnae(division))
                        : Parsed.invalid(Motivo.CNAE_UNKNOWN_DIVISION));
    }

    @Override
    public String toString() {
        return codigo;
    }
}
