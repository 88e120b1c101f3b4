package ai.alquimista.nigredo.leads.boundary;

/** Stage-to-stage rates of the funnel, in percent with one decimal. */
public record TaxasDoFunil(
        double enriquecimento, double resposta, double interesse, double agendamento, double conversao) {}
