package ai.alquimista.nigredo.agendamento;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time in a calendar, start inclusive and end exclusive, as PostgreSQL's {@code tstzrange '[)'}. */
public record Horario(Instant inicio, Instant fim) implements Comparable<Horario> {

    public Horario {
        Objects.requireNonNull(inicio, "inicio");
        Objects.requireNonNull(fim, "fim");
        if (!fim.isAfter(inicio)) {
            throw new IllegalArgumentException("a time span must end after it starts: " + inicio + " – " + fim);
        }
    }

    public static Horario de(Instant inicio, Duration duracao) {
        return new Horario(inicio, inicio.plus(duracao));
    }

    public Duration duracao() {
        return Duration.between(inicio, fim);
    }

    /** Whether the two spans share any instant; spans that only touch (one ends when the other starts) do not. */
    public boolean sobrepoe(Horario outro) {
        return inicio.isBefore(outro.fim) && outro.inicio.isBefore(fim);
    }

    @Override
    public int compareTo(Horario outro) {
        int porInicio = inicio.compareTo(outro.inicio);
        return porInicio != 0 ? porInicio : fim.compareTo(outro.fim);
    }
}
