package ai.alquimista.nigredo.relatorios;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What the insights of a day are written from: the day's funnel, the day before's, and the objections raised. */
public record DadosDoDia(
        LocalDate data, ContagemDoFunil dia, ContagemDoFunil anterior, List<ObjecaoRecorrente> objecoes) {

    public DadosDoDia {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(dia, "dia");
        Objects.requireNonNull(anterior, "anterior");
        objecoes = List.copyOf(objecoes);
    }
}
