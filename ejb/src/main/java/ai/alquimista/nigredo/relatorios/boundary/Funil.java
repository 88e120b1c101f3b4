package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import ai.alquimista.nigredo.relatorios.TaxasDoFunil;
import java.time.LocalDate;
import java.util.List;

/**
 * The funnel of a period ({@code de} to {@code ate}, both included, in the tenant's time zone; both absent: all time):
 * how many leads reached each stage in it, the stage-to-stage rates, and the same per day for the trend chart (only
 * for a period). A lead further down has passed every stage above it, so a lead that jumps a stage counts in it too.
 */
public record Funil(
        LocalDate de,
        LocalDate ate,
        long recebidos,
        long enriquecidos,
        long contatados,
        long responderam,
        long interessados,
        long agendados,
        long convertidos,
        long descartados,
        long descadastrados,
        TaxasDoFunil taxas,
        List<DiaDoFunil> dias) {

    static Funil de(LocalDate de, LocalDate ate, ContagemDoFunil contagem, List<DiaDoFunil> dias) {
        return new Funil(
                de,
                ate,
                contagem.recebidos(),
                contagem.enriquecidos(),
                contagem.contatados(),
                contagem.responderam(),
                contagem.interessados(),
                contagem.agendados(),
                contagem.convertidos(),
                contagem.descartados(),
                contagem.descadastrados(),
                contagem.taxas(),
                dias);
    }
}
