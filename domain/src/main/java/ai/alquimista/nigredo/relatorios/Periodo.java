package ai.alquimista.nigredo.relatorios;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days from {@code inicio} to {@code fim}, both included, in the tenant's time zone. */
public record Periodo(LocalDate inicio, LocalDate fim) {

    public Periodo {
        Objects.requireNonNull(inicio, "inicio");
        Objects.requireNonNull(fim, "fim");
        if (fim.isBefore(inicio)) {
            throw new IllegalArgumentException("a period ends on or after its start: " + inicio + " to " + fim);
        }
    }

    public static Periodo dia(LocalDate data) {
        return new Periodo(data, data);
    }

    public long dias() {
        return ChronoUnit.DAYS.between(inicio, fim) + 1;
    }
}
