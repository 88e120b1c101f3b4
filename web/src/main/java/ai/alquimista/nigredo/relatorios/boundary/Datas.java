package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A day as the API takes it: YYYY-MM-DD and a real date (no 2026-13-45, no 2026-02-30); else a 400 naming the field. */
final class Datas {

    private static final Pattern FORMA = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DIA =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Datas() {}

    static LocalDate dia(String valor, String campo) {
        if (valor == null || !FORMA.matcher(valor).matches()) {
            throw invalida(campo);
        }
        try {
            return LocalDate.parse(valor, DIA);
        } catch (DateTimeParseException e) {
            throw invalida(campo);
        }
    }

    static Optional<LocalDate> opcional(String valor, String campo) {
        return valor == null || valor.isEmpty() ? Optional.empty() : Optional.of(dia(valor, campo));
    }

    private static InvalidInput invalida(String campo) {
        return new InvalidInput(List.of(new Violation(campo, "must be a date as YYYY-MM-DD")));
    }
}
