package ai.alquimista.nigredo.atendimento.boundary;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.nigredo.atendimento.PoliticaDaMarca;
import ai.alquimista.platform.agents.CatalogEntry;
import ai.alquimista.platform.agents.boundary.AgentModule;
import ai.alquimista.shared.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.List;

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

    /**
     * The brand policy ({@link PoliticaDaMarca#problemas}): {@code tom}, {@code palavras_proibidas}, {@code
     * alegacoes_proibidas}, {@code tamanho_maximo}, {@code assinatura}, {@code modo_aprovacao}; other keys are left to
     * the features that read them.
     */
    @Override
    public void checkSettings(JsonObject settings) {
        List<Violation> problemas = PoliticaDaMarca.problemas(settings);
        if (!problemas.isEmpty()) {
            throw new InvalidInput(problemas);
        }
    }
}
