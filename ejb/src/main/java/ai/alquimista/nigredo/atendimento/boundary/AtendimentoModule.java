package ai.alquimista.nigredo.atendimento.boundary;

import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Atendimento in the marketplace. */
@ApplicationScoped
public class AtendimentoModule implements AgentModule {

    private static final CatalogEntry ENTRY = CatalogEntry.nigredo(
            Queue.ATENDIMENTO,
            "Atendimento",
            "pro",
            "697.00",
            "Responde os leads com tom consultivo: consulta o histórico, valida a resposta contra a política da marca e decide o próximo passo.",
            "Canal de resposta (WhatsApp ou e-mail)",
            "Tom de voz da marca");

    @Override
    public CatalogEntry catalogEntry() {
        return ENTRY;
    }
}
