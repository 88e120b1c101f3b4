package ai.alquimista.nigredo.relatorios;

import java.util.Map;

/** How many leads reached each stage of the funnel in a period, and the rates between the stages. */
public record ContagemDoFunil(
        long recebidos,
        long enriquecidos,
        long contatados,
        long responderam,
        long interessados,
        long agendados,
        long convertidos,
        long descartados,
        long descadastrados) {

    public static final ContagemDoFunil VAZIA = new ContagemDoFunil(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ContagemDoFunil {
        for (long n : new long[] {
            recebidos,
            enriquecidos,
            contatados,
            responderam,
            interessados,
            agendados,
            convertidos,
            descartados,
            descadastrados
        }) {
            if (n < 0) {
                throw new IllegalArgumentException("a count of leads is never negative: " + n);
            }
        }
    }

    /** The counts per stage as the read model sums them; a stage missing from the map counts 0. */
    public static ContagemDoFunil de(Map<EtapaDoFunil, Long> porEtapa) {
        return new ContagemDoFunil(
                porEtapa.getOrDefault(EtapaDoFunil.recebido, 0L),
                porEtapa.getOrDefault(EtapaDoFunil.enriquecido, 0L),
                porEtapa.getOrDefault(EtapaDoFunil.contatado, 0L),
                porEtapa.getOrDefault(EtapaDoFunil.respondeu, 0L),
                porEtapa.getOrDefault(EtapaDoFunil.interessado, 0L),
                porEtapa.getOrDefault(EtapaDoFunil.agendado, 0L),
                porEtapa.getOrDefault(EtapaDoFunil.convertido, 0L),
                porEtapa.getOrDefault(EtapaDoFunil.descartado, 0L),
                porEtapa.getOrDefault(EtapaDoFunil.descadastrado, 0L));
    }

    public TaxasDoFunil taxas() {
        return new TaxasDoFunil(
                TaxasDoFunil.taxa(enriquecidos, recebidos),
                TaxasDoFunil.taxa(responderam, contatados),
                TaxasDoFunil.taxa(interessados, responderam),
                TaxasDoFunil.taxa(agendados, interessados),
                TaxasDoFunil.taxa(convertidos, recebidos));
    }

    /** Whether no lead reached any stage. */
    public boolean vazia() {
        return equals(VAZIA);
    }

    /** The two periods added up. */
    public ContagemDoFunil mais(ContagemDoFunil outra) {
        return new ContagemDoFunil(
                recebidos + outra.recebidos,
                enriquecidos + outra.enriquecidos,
                contatados + outra.contatados,
                responderam + outra.responderam,
                interessados + outra.interessados,
                agendados + outra.agendados,
                convertidos + outra.convertidos,
                descartados + outra.descartados,
                descadastrados + outra.descadastrados);
    }
}
