package ai.alquimista.nigredo.sentimento.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Análise de Sentimento in the marketplace. */
@ApplicationScoped
public class SentimentoModule implements AgentModule {

    private static final CatalogEntry ENTRY = CatalogEntry.nigredo(
            Queue.SENTIMENTO,
            "Análise de Sentimento",
            "growth",
            "197.00",
            "Classifica cada resposta como positiva, neutra, negativa ou irritada, com intensidade de 0 a 100, e detecta pedidos de descadastro (LGPD).",
            "Agente de Atendimento ativo");

    @Override
    public CatalogEntry catalogEntry() {
        return ENTRY;
    }
}
