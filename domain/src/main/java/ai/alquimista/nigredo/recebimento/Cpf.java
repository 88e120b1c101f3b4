package ai.alquimista.nigredo.recebimento;

import java.util.Objects;
import java.util.Optional;

/** A CPF: 11 digits, the last two check digits. Kept unmasked; {@link #formatted()} gives {@code XXX.XXX.XXX-XX}. */
public record Cpf(String value) implements Documento {

    static final int LENGTH = 11;

    public Cpf {
        Objects.requireNonNull(value, "value");
        Optional<Motivo> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().message() + ": " + value);
        }
    }

    public static Parsed<Cpf> parse(String text) {
        String unmasked = Mask.remove(text);
        return problemWith(unmasked).<Parsed<Cpf>>map(Parsed::invalid).orElseGet(() -> Parsed.valid(new Cpf(unmasked)));
    }

    @Override
    public String formatted() {
        return value.substring(0, 3) + "." + value.substring(3, 6) + "." + value.substring(6, 9) + "-"
                + value.substring(9);
    }

    @Override
    public TipoPessoa tipoPessoa() {
        return TipoPessoa.PF;
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static Optional<Motivo> problemWith(String unmasked) {
        if (unmasked.length() != LENGTH) {
            return Optional.of(Motivo.CPF_WRONG_LENGTH);
        }
        if (!unmasked.chars().allMatch(Mask::isDigit)) {
            return Optional.of(Motivo.CPF_INVALID_CHARACTER);
        }
        // 111.111.111-11 and friends pass the modulo-11 test but are never issued
        if (Mask.allSame(unmasked)) {
            return Optional.of(Motivo.CPF_REPEATED_DIGITS);
        }
        if (unmasked.charAt(9) - '0' != checkDigit(unmasked, 9)
                || unmasked.charAt(10) - '0' != checkDigit(unmasked, 10)) {
            return Optional.of(Motivo.CPF_WRONG_CHECK_DIGITS);
        }
        return Optional.empty();
    }

    /** Weights run from {@code length + 1} down to 2 over the first {@code length} digits. */
    private static int checkDigit(String digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * (length + 1 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }
}
