package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.nigredo.relatorios.ContagemDoFunil;
import ai.alquimista.nigredo.relatorios.TaxasDoFunil;
import java.time.LocalDate;

/** One day of a period's funnel: how many leads reached each stage that day, and that day's rates. */
public record DiaDoFunil(
        LocalDate data,
        long recebidos,
        long enriquecidos,
        long contatados,
        long responderam,
        long interessados,
        long agendados,
        long convertidos,
        TaxasDoFunil taxas) {

    static DiaDoFunil de(LocalDate data, ContagemDoFunil contagem) {
        return new DiaDoFunil(
                data,
                contagem.recebidos(),
                contagem.enriquecidos(),
                contagem.contatados(),
                contagem.responderam(),
                contagem.interessados(),
                contagem.agendados(),
                contagem.convertidos(),
                contagem.taxas());
    }
}
