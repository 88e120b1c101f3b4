package ai.alquimista.nigredo.relatorios;

import java.util.List;

/**
 * The LLM port of Relatórios: a few sentences in pt-BR a manager reads first, each grounded in the day's numbers.
 * {@link InsightsPorRegras} writes them with rules and is the default.
 */
public interface GeradorDeInsights {

    List<String> insights(DadosDoDia dados);
}
