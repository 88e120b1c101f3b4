package ai.alquimista.nigredo.recebimento;

import java.util.Objects;
import java.util.Optional;

/**
 * A CNPJ, numeric or alphanumeric (IN RFB 2.229/2024): 12 characters, digits or upper-case letters, then two
 * numeric check digits. Kept unmasked; {@link #formatted()} gives {@code XX.XXX.XXX/XXXX-XX}.
 */
public record Cnpj(String value) implements Documento {

    static final int LENGTH = 14;
    private static final int[] FIRST_DIGIT_WEIGHTS = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] SECOND_DIGIT_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    public Cnpj {
        Objects.requireNonNull(value, "value");
        Optional<Motivo> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().message() + ": " + value);
        }
    }

    /** Accepts any mask and lower-case letters. */
    public static Parsed<Cnpj> parse(String text) {
        String unmasked = Mask.remove(text);
        return problemWith(unmasked)
                .<Parsed<Cnpj>>map(Parsed::invalid)
                .orElseGet(() -> Parsed.valid(new Cnpj(unmasked)));
    }

    @Override
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 5) + "." + value.substring(5, 8) + "/"
                + value.substring(8, 12) + "-" + value.substring(12);
    }

    @Override
    public TipoPessoa tipoPessoa() {
        return TipoPessoa.PJ;
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static Optional<Motivo> problemWith(String unmasked) {
        if (unmasked.length() != LENGTH) {
            return Optional.of(Motivo.CNPJ_WRONG_LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = unmasked.charAt(i);
            boolean allowed = Mask.isDigit(c) || (i < 12 && c >= 'A' && c <= 'Z');
            if (!allowed) {
                return Optional.of(Motivo.CNPJ_INVALID_CHARACTER);
            }
        }
        // 00000000000000 and friends pass the modulo-11 test but are never issued
        if (Mask.allSame(unmasked)) {
            return Optional.of(Motivo.CNPJ_REPEATED_CHARACTERS);
        }
        int first = checkDigit(unmasked, FIRST_DIGIT_WEIGHTS);
        int second = checkDigit(unmasked, SECOND_DIGIT_WEIGHTS);
        if (unmasked.charAt(12) - '0' != first || unmasked.charAt(13) - '0' != second) {
            return Optional.of(Motivo.CNPJ_WRONG_CHECK_DIGITS);
        }
        return Optional.empty();
    }

    /** Each character weighs its ASCII code minus 48, so digits keep their value and old CNPJs keep their DVs. */
    private static int checkDigit(String chars, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (chars.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
