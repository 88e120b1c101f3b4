package ai.alquimista.nigredo.relatorios;

/**
 * Seed 001's rates, in percent with one decimal: enriquecimento (enriquecidos of recebidos), resposta (responderam of
 * contatados), interesse (interessados of responderam), agendamento (agendados of interessados) and conversao
 * (convertidos of recebidos, the whole funnel). A rate whose base is zero is 0.
 */
public record TaxasDoFunil(
        double enriquecimento, double resposta, double interesse, double agendamento, double conversao) {

    /** A percentage with one decimal. */
    public static double taxa(long parte, long todo) {
        return todo == 0 ? 0.0 : Math.round(parte * 1000.0 / todo) / 10.0;
    }
}
