package ai.alquimista.nigredo.estrategia.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Estratégia in the marketplace. */
@ApplicationScoped
public class EstrategiaModule implements AgentModule {

    private static final CatalogEntry ENTRY = CatalogEntry.nigredo(
            Queue.ESTRATEGIA,
            "Estratégia",
            "growth",
            "497.00",
            "Cria campanhas por segmento com mensagens para topo, meio e fundo de funil, variações A/B e o canal ideal, com pré-visualização para aprovação humana.",
            "Agente de Recebimento ativo",
            "Um gestor para aprovar as campanhas");

    @Override
    public CatalogEntry catalogEntry() {
        return ENTRY;
    }
}
