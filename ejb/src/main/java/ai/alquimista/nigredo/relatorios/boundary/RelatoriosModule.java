package ai.alquimista.nigredo.relatorios.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Relatórios in the marketplace. */
@ApplicationScoped
public class RelatoriosModule implements AgentModule {

    private static final CatalogEntry ENTRY = CatalogEntry.nigredo(
            Queue.RELATORIOS,
            "Relatórios",
            "starter",
            "197.00",
            "Métricas diárias do funil, objeções recorrentes e insights, com relatório em PDF para os gestores todo dia às 8h.",
            "Ao menos um agente Nigredo ativo");

    @Override
    public CatalogEntry catalogEntry() {
        return ENTRY;
    }
}
